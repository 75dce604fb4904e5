package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.casefile.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The complaints ({@code complaint}) and the named officers' statements ({@code complaint_statement}). */
@Repository
public class Complaints {

  /** A new complaint as filed. */
  record Filed(String number, String secretHash, String caseNumber, String bureauId, String itemCode,
      ComplaintChannel channel, String hotlineReference, String filedBy, boolean anonymous, String complainantName,
      String contactPhone, String contactEmail, ComplaintKind kind, String facts, LocalDate occurredOn,
      String namedOfficerText, String namedStep, boolean urgent, Date registrationDue) {}

  /** A named officer's statement. */
  public record Statement(String officerId, String statement, OffsetDateTime givenAt) {}

  private final JdbcTemplate jdbc;

  Complaints(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Filed f) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var s = connection.prepareStatement("""
          insert into complaint (complaint_number, query_secret_hash, case_number, bureau_id, item_code, channel,
            hotline_reference, filed_by, filed_at, anonymous, complainant_name, contact_phone, contact_email, kind,
            facts, occurred_on, named_officer_text, named_step, urgent, status, registration_due)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FILED', ?)""", new String[] {"id"});
      int i = 0;
      s.setString(++i, f.number());
      s.setString(++i, f.secretHash());
      s.setString(++i, f.caseNumber());
      s.setString(++i, f.bureauId());
      s.setString(++i, f.itemCode());
      s.setString(++i, f.channel().name());
      s.setString(++i, f.hotlineReference());
      s.setString(++i, f.filedBy());
      s.setObject(++i, offsetOf(ClockUtil.getCurrentTime()));
      s.setBoolean(++i, f.anonymous());
      s.setString(++i, f.complainantName());
      s.setString(++i, f.contactPhone());
      s.setString(++i, f.contactEmail());
      s.setString(++i, f.kind().name());
      s.setString(++i, f.facts());
      s.setObject(++i, f.occurredOn());
      s.setString(++i, f.namedOfficerText());
      s.setString(++i, f.namedStep());
      s.setBoolean(++i, f.urgent());
      s.setObject(++i, offsetOf(f.registrationDue()));
      return s;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<Complaint> find(long id) {
    return jdbc.query("select * from complaint where id = ?", Complaints::map, id).stream().findFirst();
  }

  public Complaint get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("投诉 " + id + " 不存在"));
  }

  public Optional<Complaint> byNumber(String number) {
    return jdbc.query("select * from complaint where complaint_number = ?", Complaints::map, number).stream()
        .findFirst();
  }

  /** The complaint if the query code is its own (unknown number and wrong code alike: empty). */
  Optional<Complaint> proven(String number, String secret) {
    if (number == null || secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    String hash = Sha256.hex(secret.strip().toUpperCase(java.util.Locale.ROOT));
    return jdbc.query("select * from complaint where complaint_number = ? and query_secret_hash = ?",
        Complaints::map, number, hash).stream().findFirst();
  }

  public List<Complaint> ofCase(String caseNumber) {
    return jdbc.query("select * from complaint where case_number = ? order by filed_at, id", Complaints::map,
        caseNumber);
  }

  /** The complaints not closed, oldest first. */
  public List<Complaint> open() {
    return jdbc.query("select * from complaint where status <> 'CLOSED' order by filed_at, id", Complaints::map);
  }

  /** The complaints filed from {@code from} to {@code to} (days in Asia/Shanghai), oldest first. */
  public List<Complaint> filed(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query("select * from complaint where filed_at >= ? and filed_at < ? order by filed_at, id",
        Complaints::map, from, to);
  }

  void registered(long id, String by, String kind, String namedOfficer, String investigator, Date answerDue) {
    jdbc.update("""
        update complaint set status = 'INVESTIGATING', registered_by = ?, registered_at = ?, kind = ?,
          named_officer = ?, investigator = ?, answer_due = ? where id = ?""", by, now(), kind, namedOfficer,
        investigator, offsetOf(answerDue), id);
  }

  void extended(long id, String reason, Date answerDue) {
    jdbc.update("update complaint set extended = true, extension_reason = ?, answer_due = ? where id = ?", reason,
        offsetOf(answerDue), id);
  }

  void answered(long id, Finding finding, String reasons, String answer, String by, Date replyDue) {
    jdbc.update("""
        update complaint set status = 'ANSWERED', finding = ?, finding_reasons = ?, answer = ?, answered_by = ?,
          answered_at = ?, reply_due = ? where id = ?""", finding.name(), reasons, answer, by, now(),
        offsetOf(replyDue), id);
  }

  void replied(long id, boolean accepted, String comment) {
    jdbc.update("update complaint set accepted = ?, reply_comment = ?, replied_at = ?, status = ?"
        + (accepted ? ", closed_at = ?" : "") + " where id = ?", accepted
        ? new Object[] {true, comment, now(), ComplaintStatus.CLOSED.name(), now(), id}
        : new Object[] {false, comment, now(), ComplaintStatus.REVIEWING.name(), id});
  }

  void closedWithoutReply(long id) {
    jdbc.update("update complaint set status = 'CLOSED', closed_at = ? where id = ?", now(), id);
  }

  void reviewed(long id, String result, String opinion, String by) {
    jdbc.update("""
        update complaint set review_result = ?, review_opinion = ?, reviewed_by = ?, reviewed_at = ?,
          status = 'CLOSED', closed_at = ? where id = ?""", result, opinion, by, now(), now(), id);
  }

  void statement(long id, String officer, String statement) {
    jdbc.update("insert into complaint_statement (complaint_id, officer_id, statement, given_at) values (?, ?, ?, ?)",
        id, officer, statement, now());
  }

  public List<Statement> statements(long id) {
    return jdbc.query("select * from complaint_statement where complaint_id = ? order by given_at, id",
        (rs, i) -> new Statement(rs.getString("officer_id"), rs.getString("statement"),
            rs.getObject("given_at", OffsetDateTime.class)), id);
  }

  private static OffsetDateTime now() {
    return offsetOf(ClockUtil.getCurrentTime());
  }

  static Complaint map(ResultSet rs, int row) throws SQLException {
    String finding = rs.getString("finding");
    return new Complaint(rs.getLong("id"), rs.getString("complaint_number"), rs.getString("case_number"),
        rs.getString("bureau_id"), rs.getString("item_code"), ComplaintChannel.valueOf(rs.getString("channel")),
        rs.getString("hotline_reference"), rs.getString("filed_by"), at(rs, "filed_at"), rs.getBoolean("anonymous"),
        rs.getString("complainant_name"), rs.getString("contact_phone"), rs.getString("contact_email"),
        ComplaintKind.valueOf(rs.getString("kind")), rs.getString("facts"),
        rs.getObject("occurred_on", LocalDate.class), rs.getString("named_officer_text"), rs.getString("named_step"),
        rs.getBoolean("urgent"), ComplaintStatus.valueOf(rs.getString("status")), at(rs, "registration_due"),
        rs.getString("registered_by"), at(rs, "registered_at"), rs.getString("named_officer"),
        rs.getString("investigator"), at(rs, "answer_due"), rs.getBoolean("extended"),
        rs.getString("extension_reason"), finding == null ? null : Finding.valueOf(finding),
        rs.getString("finding_reasons"), rs.getString("answer"), rs.getString("answered_by"), at(rs, "answered_at"),
        at(rs, "reply_due"), (Boolean) rs.getObject("accepted"), rs.getString("reply_comment"),
        at(rs, "replied_at"), rs.getString("review_result"), rs.getString("review_opinion"),
        rs.getString("reviewed_by"), at(rs, "reviewed_at"), at(rs, "closed_at"));
  }

  private static OffsetDateTime at(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
