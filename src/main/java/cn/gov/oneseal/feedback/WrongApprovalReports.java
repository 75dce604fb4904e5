package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reports of wrong approvals ({@code wrong_approval_report}), from the report to the regulator's receipt. */
@Repository
public class WrongApprovalReports {

  /** One report as recorded. */
  public record Report(long id, String caseNumber, String licenceNumber, String regulatorGroup, String channel,
      String reportedBy, OffsetDateTime reportedAt, String regulatorReference, String facts, String legalBasis,
      WrongApprovalStatus status, OffsetDateTime decisionDue, boolean extended, String extensionNote, String finding,
      String findingReasons, String proposedOutcome, String investigatedBy, OffsetDateTime responseDue,
      String response, String outcome, String outcomeReasons, String changeDetails, String decidedBy, String answer,
      OffsetDateTime answeredAt, String receivedBy, OffsetDateTime receivedAt) {}

  private final JdbcTemplate jdbc;

  public WrongApprovalReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String caseNumber, String licenceNumber, String regulatorGroup, String channel, String reportedBy,
      String regulatorReference, String facts, String legalBasis, Date decisionDue) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into wrong_approval_report (case_number, licence_number, "
          + "regulator_group, channel, reported_by, reported_at, regulator_reference, facts, legal_basis, status, "
          + "decision_due) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, caseNumber);
      statement.setString(2, licenceNumber);
      statement.setString(3, regulatorGroup);
      statement.setString(4, channel);
      statement.setString(5, reportedBy);
      statement.setObject(6, now());
      statement.setString(7, regulatorReference);
      statement.setString(8, facts);
      statement.setString(9, legalBasis);
      statement.setString(10, WrongApprovalStatus.REPORTED.name());
      statement.setObject(11, offsetOf(decisionDue));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<Report> find(long id) {
    return jdbc.query("select * from wrong_approval_report where id = ?", (rs, i) -> map(rs), id).stream().findFirst();
  }

  public Report get(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("错误审批报告不存在: " + id));
  }

  /** The reports on a case, oldest first. */
  public List<Report> ofCase(String caseNumber) {
    return jdbc.query("select * from wrong_approval_report where case_number = ? order by id", (rs, i) -> map(rs),
        caseNumber);
  }

  void investigated(long id, String finding, String reasons, String proposedOutcome, String by, Date responseDue) {
    jdbc.update("update wrong_approval_report set finding = ?, finding_reasons = ?, proposed_outcome = ?, "
        + "investigated_by = ?, investigated_at = ?, response_due = ?, status = ? where id = ?", finding, reasons,
        proposedOutcome, by, now(), responseDue == null ? null : offsetOf(responseDue),
        (responseDue == null ? WrongApprovalStatus.REPORTED : WrongApprovalStatus.HEARING).name(), id);
  }

  void responded(long id, String response) {
    jdbc.update("update wrong_approval_report set response = ?, responded_at = ?, status = ? where id = ?", response,
        response == null ? null : now(), WrongApprovalStatus.DECIDING.name(), id);
  }

  void extensionNote(long id, String note) {
    jdbc.update("update wrong_approval_report set extension_note = ? where id = ?", note, id);
  }

  void decisionDue(long id, Date decisionDue) {
    jdbc.update("update wrong_approval_report set decision_due = ? where id = ?", offsetOf(decisionDue), id);
  }

  void extended(long id, Date decisionDue, String note) {
    jdbc.update("update wrong_approval_report set extended = ?, decision_due = ?, extension_note = ? where id = ?",
        true, offsetOf(decisionDue), note, id);
  }

  void decided(long id, String outcome, String reasons, String changeDetails, String by) {
    jdbc.update("update wrong_approval_report set outcome = ?, outcome_reasons = ?, change_details = ?, "
        + "decided_by = ?, decided_at = ? where id = ?", outcome, reasons, changeDetails, by, now(), id);
  }

  void answered(long id, String answer) {
    jdbc.update("update wrong_approval_report set answer = ?, answered_at = ?, status = ? where id = ?", answer, now(),
        WrongApprovalStatus.ANSWERED.name(), id);
  }

  void received(long id, String by) {
    jdbc.update("update wrong_approval_report set received_by = ?, received_at = ?, status = ? where id = ?", by, now(),
        WrongApprovalStatus.CLOSED.name(), id);
  }

  private static OffsetDateTime now() {
    return offsetOf(ClockUtil.getCurrentTime());
  }

  private static Report map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Report(rs.getLong("id"), rs.getString("case_number"), rs.getString("licence_number"),
        rs.getString("regulator_group"), rs.getString("channel"), rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class), rs.getString("regulator_reference"), rs.getString("facts"),
        rs.getString("legal_basis"), WrongApprovalStatus.valueOf(rs.getString("status")),
        rs.getObject("decision_due", OffsetDateTime.class), rs.getBoolean("extended"), rs.getString("extension_note"),
        rs.getString("finding"), rs.getString("finding_reasons"), rs.getString("proposed_outcome"),
        rs.getString("investigated_by"), rs.getObject("response_due", OffsetDateTime.class), rs.getString("response"),
        rs.getString("outcome"), rs.getString("outcome_reasons"), rs.getString("change_details"),
        rs.getString("decided_by"), rs.getString("answer"), rs.getObject("answered_at", OffsetDateTime.class),
        rs.getString("received_by"), rs.getObject("received_at", OffsetDateTime.class));
  }
}
