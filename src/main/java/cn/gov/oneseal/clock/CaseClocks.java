package cn.gov.oneseal.clock;

import static cn.gov.oneseal.clock.ClockService.FINISHED;
import static cn.gov.oneseal.clock.ClockService.RUNNING;
import static cn.gov.oneseal.clock.ClockService.STOPPED;

import cn.gov.oneseal.clock.CaseClock.Extension;
import cn.gov.oneseal.clock.CaseClock.Stop;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The statutory clock's tables, and their one owner: {@code case_clock} (one row per case: the start day, the
 * limits, the working days paused and extended, the state and the deadlines given so far), {@code clock_stop}
 * (every stop) and {@code clock_extension} (the one extension). {@link ClockService} computes; this stores. Runs in
 * the engine's transaction. (The e-supervision dashboard and statistics join {@code case_clock} in their reports.)
 */
@Repository
public class CaseClocks {

  /** The clock's row, with the deadlines given so far (null before the first publication). */
  record Row(LocalDate startDay, int promised, int statutory, int paused, int extension, String state,
      OffsetDateTime stoppedSince, OffsetDateTime finishedAt, LocalDate promisedGiven, LocalDate statutoryGiven) {}

  /** The stop in progress. */
  record OpenStop(long id, OffsetDateTime startedAt) {}

  private final JdbcTemplate jdbc;

  public CaseClocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The cases whose clock is in the state (RUNNING, STOPPED or FINISHED). */
  public List<String> inState(String state) {
    return jdbc.queryForList("select case_number from case_clock where state = ?", String.class, state);
  }

  /** The cases whose clock has not finished. */
  public List<String> open() {
    return jdbc.queryForList("select case_number from case_clock where state <> ?", String.class, FINISHED);
  }

  boolean exists(String caseNumber) {
    Integer count = jdbc.queryForObject("select count(*) from case_clock where case_number = ?", Integer.class,
        caseNumber);
    return count != null && count > 0;
  }

  void start(String caseNumber, LocalDate startDay, int promisedLimit, int statutoryLimit) {
    jdbc.update("""
        insert into case_clock (case_number, start_day, promised_limit, statutory_limit, paused_days, extension_days, state)
        values (?, ?, ?, ?, 0, 0, ?)""", caseNumber, startDay, promisedLimit, statutoryLimit, RUNNING);
  }

  Optional<Row> row(String caseNumber) {
    return jdbc.query("select * from case_clock where case_number = ?", (rs, i) -> new Row(
        rs.getObject("start_day", LocalDate.class), rs.getInt("promised_limit"), rs.getInt("statutory_limit"),
        rs.getInt("paused_days"), rs.getInt("extension_days"), rs.getString("state"),
        rs.getObject("stopped_since", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
        rs.getObject("promised_due_given", LocalDate.class), rs.getObject("statutory_due_given", LocalDate.class)),
        caseNumber).stream().findFirst();
  }

  /** Stops a running clock and records the stop; false when the clock was not running. */
  boolean stop(String caseNumber, StopReason reason, String description, Integer expectedDays,
      OffsetDateTime noticeAt, OffsetDateTime now, String by) {
    int updated = jdbc.update("update case_clock set state = ?, stopped_since = ? where case_number = ? and state = ?",
        STOPPED, now, caseNumber, RUNNING);
    if (updated != 1) {
      return false;
    }
    jdbc.update("""
        insert into clock_stop (case_number, kind, reason, description, expected_days, notice_at, started_at, started_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", caseNumber, reason.kind().name(), reason.name(), description, expectedDays,
        noticeAt, now, by);
    return true;
  }

  Optional<OpenStop> openStop(String caseNumber) {
    return jdbc.query("select id, started_at from clock_stop where case_number = ? and ended_at is null",
        (rs, i) -> new OpenStop(rs.getLong("id"), rs.getObject("started_at", OffsetDateTime.class)), caseNumber)
        .stream().findFirst();
  }

  /** Ends the stop; the clock runs again with the stop's working days added to the paused ones. */
  void resume(String caseNumber, OpenStop stop, OffsetDateTime now, String by, int pausedDays) {
    jdbc.update("update clock_stop set ended_at = ?, ended_by = ?, paused_days = ? where id = ?", now, by, pausedDays,
        stop.id());
    jdbc.update("""
        update case_clock set state = ?, stopped_since = null, paused_days = paused_days + ? where case_number = ?""",
        RUNNING, pausedDays, caseNumber);
  }

  List<Stop> stops(String caseNumber) {
    return jdbc.query("select * from clock_stop where case_number = ? order by started_at, id",
        (rs, i) -> new Stop(StopReason.valueOf(rs.getString("reason")), rs.getString("description"),
            (Integer) rs.getObject("expected_days"), rs.getObject("notice_at", OffsetDateTime.class),
            rs.getObject("started_at", OffsetDateTime.class), rs.getString("started_by"),
            rs.getObject("ended_at", OffsetDateTime.class), (Integer) rs.getObject("paused_days")), caseNumber);
  }

  void requestExtension(String caseNumber, int days, String reason, OffsetDateTime at, String by) {
    jdbc.update("""
        insert into clock_extension (case_number, days, reason, requested_at, requested_by, status)
        values (?, ?, ?, ?, ?, 'REQUESTED')""", caseNumber, days, reason, at, by);
  }

  /**
   * The answer to the requested extension; an approval adds its days to the clock. False when no extension was
   * waiting for an answer.
   */
  boolean decideExtension(String caseNumber, boolean approved, String opinion, OffsetDateTime noticeAt,
      OffsetDateTime now, String by) {
    int updated = jdbc.update("""
        update clock_extension set status = ?, decided_at = ?, decided_by = ?, decision_opinion = ?, notice_at = ?
        where case_number = ? and status = 'REQUESTED'""", approved ? "APPROVED" : "REFUSED", now, by, opinion,
        noticeAt, caseNumber);
    if (updated != 1) {
      return false;
    }
    if (approved) {
      jdbc.update("update case_clock set extension_days = (select days from clock_extension where case_number = ?) "
          + "where case_number = ?", caseNumber, caseNumber);
    }
    return true;
  }

  Optional<Extension> extension(String caseNumber) {
    return jdbc.query("select * from clock_extension where case_number = ?",
        (rs, i) -> new Extension(rs.getInt("days"), rs.getString("reason"),
            rs.getObject("requested_at", OffsetDateTime.class), rs.getString("requested_by"), rs.getString("status"),
            rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
            rs.getString("decision_opinion"), rs.getObject("notice_at", OffsetDateTime.class)), caseNumber)
        .stream().findFirst();
  }

  void finish(String caseNumber, OffsetDateTime at) {
    jdbc.update("update case_clock set state = ?, finished_at = ? where case_number = ? and state <> ?", FINISHED,
        at, caseNumber, FINISHED);
  }

  /** The deadlines given so far (on the 受理通知书, in the progress query): from now on never earlier. */
  void given(String caseNumber, LocalDate promisedDue, LocalDate statutoryDue) {
    jdbc.update("update case_clock set promised_due_given = ?, statutory_due_given = ? where case_number = ?",
        promisedDue, statutoryDue, caseNumber);
  }
}
