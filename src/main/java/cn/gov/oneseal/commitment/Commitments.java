package cn.gov.oneseal.commitment;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code commitment} table: the applicant's signed 告知承诺 of a case and where its verification stands
 * ({@link CommitmentStatus}, with a note an officer or regulator reads). Keyed by the case number.
 */
@Repository
public class Commitments {

  /** Where a case's commitment stands, and why. */
  public record Standing(String status, String statusNote) {}

  private static final int NOTE_LENGTH = 1000;

  private final JdbcTemplate jdbc;

  public Commitments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The commitment signed at the window, with the conditions the applicant committed to. */
  public void signed(String caseNumber, String conditions, String officer) {
    jdbc.update("insert into commitment (case_number, conditions, signed_at, recorded_by, status) values (?, ?, ?, ?, ?)",
        caseNumber, conditions, offsetOf(ClockUtil.getCurrentTime()), officer, CommitmentStatus.SIGNED.name());
  }

  /** The licence granted on the commitment at {@code at}: its verification is due by {@code verificationDue}. */
  public void granted(String caseNumber, String note, Date at, Date verificationDue) {
    jdbc.update("update commitment set status = ?, status_note = ?, status_changed_at = ?, verification_due = ? "
        + "where case_number = ?", CommitmentStatus.GRANTED.name(), note, offsetOf(at),
        offsetOf(verificationDue), caseNumber);
  }

  /** A step of the verification or the revocation: the new status and why (cut to the column's length). */
  public void status(String caseNumber, CommitmentStatus status, String note) {
    jdbc.update("update commitment set status = ?, status_note = ?, status_changed_at = ? where case_number = ?",
        status.name(), note.length() > NOTE_LENGTH ? note.substring(0, NOTE_LENGTH) : note,
        offsetOf(ClockUtil.getCurrentTime()), caseNumber);
  }

  /** The case's commitment, if the case was handled by 告知承诺 (the regulators' API reads it). */
  public Optional<Standing> standing(String caseNumber) {
    return jdbc.query("select status, status_note from commitment where case_number = ?",
        (rs, i) -> new Standing(rs.getString("status"), rs.getString("status_note")), caseNumber).stream()
        .findFirst();
  }
}
