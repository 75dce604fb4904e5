package cn.gov.oneseal.survey;

import cn.gov.oneseal.casefile.CaseRecorder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The survey rounds of the cases, their participants' findings and attachments. Runs in the engine's
 * transaction, like the case file. Owns {@code site_survey}, {@code site_survey_finding} and
 * {@code site_survey_attachment}.
 */
@Repository
public class SiteSurveys {

  /** A participant's findings: agree, rectification needed, disagree — or deemed to agree (缺席默认). */
  public static final String DEEMED_AGREE = "deemedAgree";

  /** One survey round of a case. */
  public record Survey(long id, String caseNumber, int round, OffsetDateTime dueAt, LocalDate visitDate,
      OffsetDateTime findingsDue, List<String> participants, String experts, String appointment, String scheduledBy,
      String staffOnSite, String findings, Boolean applicantConfirmed, String result,
      String rectificationRequirements, OffsetDateTime rectificationDue, String recordedBy, OffsetDateTime recordedAt,
      String rectificationOutcome) {}

  /** What one participant found (or that it stayed away). */
  public record Finding(String participantGroup, String participantName, String opinion, String findings,
      String filedBy, OffsetDateTime filedAt) {}

  /** A photo, drawing or signed sheet of a round (without its content). */
  public record Attachment(long id, String fileName, String contentType, long sizeBytes, String sha256,
      String uploadedBy, OffsetDateTime uploadedAt) {}

  private static final RowMapper<Survey> SURVEY = SiteSurveys::mapSurvey;
  private static final RowMapper<Finding> FINDING = (rs, i) -> new Finding(rs.getString("participant_group"),
      rs.getString("participant_name"), rs.getString("opinion"), rs.getString("findings"), rs.getString("filed_by"),
      rs.getObject("filed_at", OffsetDateTime.class));
  private static final RowMapper<Attachment> ATTACHMENT = (rs, i) -> new Attachment(rs.getLong("id"),
      rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
      rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  public SiteSurveys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void begin(String caseNumber, int round, OffsetDateTime dueAt) {
    jdbc.update("insert into site_survey (case_number, round, due_at, started_at) values (?, ?, ?, ?)", caseNumber,
        round, dueAt, CaseRecorder.now());
  }

  /** The latest round of the case. */
  public Optional<Survey> current(String caseNumber) {
    return jdbc.query("select * from site_survey where case_number = ? order by round desc fetch first 1 rows only",
        SURVEY, caseNumber).stream().findFirst();
  }

  public Survey require(String caseNumber) {
    return current(caseNumber).orElseThrow(() -> new IllegalStateException("办件 " + caseNumber + " 没有现场勘验记录"));
  }

  public List<Survey> rounds(String caseNumber) {
    return jdbc.query("select * from site_survey where case_number = ? order by round", SURVEY, caseNumber);
  }

  public void scheduled(long id, LocalDate visitDate, OffsetDateTime findingsDue, List<String> participants,
      String experts, String appointment, String by) {
    jdbc.update("""
        update site_survey set visit_date = ?, findings_due = ?, participants = ?, experts = ?, appointment = ?,
          scheduled_by = ?, scheduled_at = ? where id = ?""", visitDate, findingsDue, String.join(",", participants),
        experts, appointment, by, CaseRecorder.now(), id);
  }

  public void finding(long surveyId, Finding finding) {
    jdbc.update("""
        insert into site_survey_finding (survey_id, participant_group, participant_name, opinion, findings, filed_by,
          filed_at) values (?, ?, ?, ?, ?, ?, ?)""", surveyId, finding.participantGroup(), finding.participantName(),
        finding.opinion(), finding.findings(), finding.filedBy(), finding.filedAt());
  }

  public List<Finding> findings(long surveyId) {
    return jdbc.query("select * from site_survey_finding where survey_id = ? order by id", FINDING, surveyId);
  }

  /** Groups that stayed away from an earlier round of the case: they may not ask for another visit. */
  public List<String> deemedAgreeing(String caseNumber) {
    return jdbc.queryForList("""
        select distinct f.participant_group from site_survey_finding f join site_survey s on s.id = f.survey_id
        where s.case_number = ? and f.opinion = ?""", String.class, caseNumber, DEEMED_AGREE);
  }

  public void recorded(long id, String staffOnSite, String findings, String result, String requirements,
      OffsetDateTime rectificationDue, String by) {
    jdbc.update("""
        update site_survey set staff_on_site = ?, findings = ?, applicant_confirmed = ?, result = ?,
          rectification_requirements = ?, rectification_due = ?, recorded_by = ?, recorded_at = ? where id = ?""",
        staffOnSite, findings, true, result, requirements, rectificationDue, by, CaseRecorder.now(), id);
  }

  public void rectificationClosed(long id, String outcome) {
    jdbc.update("update site_survey set rectification_outcome = ?, rectification_closed_at = ? where id = ?", outcome,
        CaseRecorder.now(), id);
  }

  public long attach(long surveyId, String fileName, String contentType, byte[] content, String sha256, String by) {
    jdbc.update("""
        insert into site_survey_attachment (survey_id, file_name, content_type, size_bytes, sha256, content,
          uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", surveyId, fileName, contentType,
        (long) content.length, sha256, content, by, CaseRecorder.now());
    return jdbc.queryForObject("select max(id) from site_survey_attachment where survey_id = ?", Long.class, surveyId);
  }

  public List<Attachment> attachments(long surveyId) {
    return jdbc.query("""
        select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at from site_survey_attachment
        where survey_id = ? order by id""", ATTACHMENT, surveyId);
  }

  /** The attachments of every round of a case. */
  public List<Attachment> attachmentsOfCase(String caseNumber) {
    return jdbc.query("""
        select a.id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.uploaded_by, a.uploaded_at
        from site_survey_attachment a join site_survey s on s.id = a.survey_id where s.case_number = ? order by a.id""",
        ATTACHMENT, caseNumber);
  }

  public Optional<byte[]> attachmentContent(String caseNumber, long id) {
    return jdbc.query("""
        select a.content from site_survey_attachment a join site_survey s on s.id = a.survey_id
        where s.case_number = ? and a.id = ?""", (rs, i) -> rs.getBytes(1), caseNumber, id).stream().findFirst();
  }

  private static Survey mapSurvey(ResultSet rs, int i) throws SQLException {
    String participants = rs.getString("participants");
    return new Survey(rs.getLong("id"), rs.getString("case_number"), rs.getInt("round"),
        rs.getObject("due_at", OffsetDateTime.class), rs.getObject("visit_date", LocalDate.class),
        rs.getObject("findings_due", OffsetDateTime.class),
        participants == null || participants.isBlank() ? List.of() : Arrays.asList(participants.split(",")),
        rs.getString("experts"), rs.getString("appointment"), rs.getString("scheduled_by"),
        rs.getString("staff_on_site"), rs.getString("findings"), (Boolean) rs.getObject("applicant_confirmed"),
        rs.getString("result"), rs.getString("rectification_requirements"),
        rs.getObject("rectification_due", OffsetDateTime.class), rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("rectification_outcome"));
  }
}
