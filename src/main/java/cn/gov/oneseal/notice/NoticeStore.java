package cn.gov.oneseal.notice;

import cn.gov.oneseal.casefile.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The stored notices: each issued document's bytes as issued, its SHA-256, document number and verification code.
 * Rows are only ever added. Owns {@code case_notice}.
 */
@Repository
public class NoticeStore {

  private static final String COLUMNS =
      "id, document_number, verification_code, case_number, kind, file_name, sha256, created_at";

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public NoticeStore(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * Keeps an issued document of the case — the file named {@code <case number>-<KIND>.<extension>}, its SHA-256 —
   * and answers it as a notice; {@link NoticeIssued} is published in the issuing transaction (with {@code actBy}, the
   * date the document asks the applicant to act by, or null).
   */
  Notice keep(String caseNumber, NoticeKind kind, String documentNumber, String code, String title, byte[] content,
      String extension, OffsetDateTime issuedAt, String actBy) {
    String fileName = caseNumber + "-" + kind.name() + "." + extension;
    String sha256 = Sha256.hex(content);
    long id = insert(new IssuedDocument(0, documentNumber, code, caseNumber, kind, fileName, sha256, issuedAt), title,
        content);
    Notice notice = new Notice(id, caseNumber, kind, title, fileName, sha256, issuedAt, documentNumber);
    events.publishEvent(new NoticeIssued(notice, code, actBy));
    return notice;
  }

  /** Stores an issued notice and returns its id. */
  long insert(IssuedDocument document, String title, byte[] content) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into case_notice (case_number, kind, title, file_name, "
          + "content, sha256, created_at, document_number, verification_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      statement.setString(1, document.caseNumber());
      statement.setString(2, document.kind().name());
      statement.setString(3, title);
      statement.setString(4, document.fileName());
      statement.setBytes(5, content);
      statement.setString(6, document.sha256());
      statement.setObject(7, document.issuedAt());
      statement.setString(8, document.documentNumber());
      statement.setString(9, document.verificationCode());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  List<Notice> ofCase(String caseNumber) {
    return jdbc.query("select id, case_number, kind, title, file_name, sha256, created_at, document_number "
        + "from case_notice where case_number = ? order by created_at, id", (rs, i) -> new Notice(rs.getLong(1),
        rs.getString(2), NoticeKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getObject(7, OffsetDateTime.class), rs.getString(8)), caseNumber);
  }

  Optional<byte[]> content(String caseNumber, long id) {
    return jdbc.query("select content from case_notice where case_number = ? and id = ?",
        (rs, i) -> rs.getBytes(1), caseNumber, id).stream().findFirst();
  }

  /** The document with this number, if one was issued. */
  public Optional<IssuedDocument> byNumber(String documentNumber) {
    return jdbc.query("select " + COLUMNS + " from case_notice where document_number = ?", NoticeStore::document,
        documentNumber).stream().findFirst();
  }

  /** The documents whose stored bytes have this SHA-256 (normally one). */
  public List<IssuedDocument> bySha256(String sha256) {
    return jdbc.query("select " + COLUMNS + " from case_notice where sha256 = ? order by id", NoticeStore::document,
        sha256);
  }

  /** The case's documents of one kind, latest first (a downloaded file is named {@code <case>-<KIND>.pdf}). */
  public List<IssuedDocument> ofCaseAndKind(String caseNumber, NoticeKind kind) {
    return jdbc.query("select " + COLUMNS + " from case_notice where case_number = ? and kind = ? order by id desc",
        NoticeStore::document, caseNumber, kind.name());
  }

  /** The stored bytes of an issued document. */
  public Optional<byte[]> content(long id) {
    return jdbc.query("select content from case_notice where id = ?", (rs, i) -> rs.getBytes(1), id).stream()
        .findFirst();
  }

  private static IssuedDocument document(ResultSet rs, int row) throws SQLException {
    return new IssuedDocument(rs.getLong("id"), rs.getString("document_number"), rs.getString("verification_code"),
        rs.getString("case_number"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
        rs.getString("sha256"), rs.getObject("created_at", OffsetDateTime.class));
  }
}
