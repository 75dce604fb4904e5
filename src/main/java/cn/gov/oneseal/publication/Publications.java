package cn.gov.oneseal.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The publications ({@code publication}), owned here. */
@Repository
public class Publications {

  /** What the public searches by: a part of the name, the exact credit code, the exact licence number (each optional). */
  public record Search(String name, String creditCode, String licenceNumber) {
  }

  /** How far back a push made after its limit still gets its card raised (a scan window, not a legal time). */
  private static final Duration RECENT_LATE_PUSHES = Duration.ofDays(7);

  private final JdbcTemplate jdbc;

  public Publications(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a new publication (without its message key and push) and returns its id. */
  long insert(Publication p) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var s = connection.prepareStatement("""
          insert into publication (case_number, bureau_id, action, holder_name, holder_category, credit_code, id_type,
            masked_id_number, document_name, document_number, licence_category, licence_name, licence_number, content,
            decided_on, valid_from, valid_until, issuer_name, issuer_credit_code, status_code, remarks, published_at,
            due_at)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      Object[] values = {p.caseNumber(), p.bureauId(), p.action().name(), p.holderName(), p.holderCategory(),
          p.creditCode(), p.idType(), p.maskedIdNumber(), p.documentName(), p.documentNumber(), p.licenceCategory(),
          p.licenceName(), p.licenceNumber(), p.content(), p.decidedOn(), p.validFrom(), p.validUntil(),
          p.issuerName(), p.issuerCreditCode(), p.statusCode(), p.remarks(), p.publishedAt(), p.dueAt()};
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      return s;
    }, keys);
    return keys.getKey().longValue();
  }

  void messageKey(long id, String key) {
    jdbc.update("update publication set message_key = ? where id = ?", key, id);
  }

  /** Records the credit platform's acknowledgement of the message with the key (the first one counts). */
  void pushed(String messageKey, OffsetDateTime at) {
    jdbc.update("update publication set pushed_at = ? where message_key = ? and pushed_at is null", at, messageKey);
  }

  /** The licence's other rows marked 当前状态 无效 (after its revocation or cancellation, row {@code except}). */
  void noLongerInForce(String licenceNumber, long except) {
    jdbc.update("update publication set status_code = '2' where licence_number = ? and id <> ?", licenceNumber, except);
  }

  public Optional<Publication> get(long id) {
    return jdbc.query("select * from publication where id = ?", Publications::map, id).stream().findFirst();
  }

  /** The publications of a case, oldest first. */
  public List<Publication> ofCase(String caseNumber) {
    return jdbc.query("select * from publication where case_number = ? order by id", Publications::map, caseNumber);
  }

  /** A page of the publications that match, newest decision first. */
  public List<Publication> search(Search search, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(search, args);
    args.add(offset);
    args.add(limit);
    return jdbc.query("select * from publication" + where + " order by decided_on desc, id desc"
        + " offset ? rows fetch next ? rows only", Publications::map, args.toArray());
  }

  public int count(Search search) {
    List<Object> args = new ArrayList<>();
    return jdbc.queryForObject("select count(*) from publication" + where(search, args), Integer.class,
        args.toArray());
  }

  /**
   * The publications whose push was not acknowledged by their limit: not yet by {@code now}, or after it within the
   * last week (the sweep runs every minute, by default, and raises a card once: older late pushes have theirs).
   */
  List<Publication> late(OffsetDateTime now) {
    return jdbc.query("select * from publication where (pushed_at is null and due_at < ?)"
        + " or (pushed_at > due_at and pushed_at > ?) order by id", Publications::map, now,
        now.minus(RECENT_LATE_PUSHES));
  }

  private static String where(Search search, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (search.name() != null) {
      conditions.add("holder_name like ? escape '!'");
      args.add("%" + search.name().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (search.creditCode() != null) {
      conditions.add("credit_code = ?");
      args.add(search.creditCode());
    }
    if (search.licenceNumber() != null) {
      conditions.add("licence_number = ?");
      args.add(search.licenceNumber());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static Publication map(ResultSet rs, int row) throws SQLException {
    return new Publication(rs.getLong("id"), rs.getString("case_number"), rs.getString("bureau_id"),
        PublicationAction.valueOf(rs.getString("action")), rs.getString("holder_name"),
        rs.getString("holder_category"), rs.getString("credit_code"), rs.getString("id_type"),
        rs.getString("masked_id_number"), rs.getString("document_name"), rs.getString("document_number"),
        rs.getString("licence_category"), rs.getString("licence_name"), rs.getString("licence_number"),
        rs.getString("content"), rs.getObject("decided_on", LocalDate.class),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getString("issuer_name"), rs.getString("issuer_credit_code"), rs.getString("status_code"),
        rs.getString("remarks"), rs.getObject("published_at", OffsetDateTime.class),
        rs.getObject("due_at", OffsetDateTime.class), rs.getString("message_key"),
        rs.getObject("pushed_at", OffsetDateTime.class));
  }
}
