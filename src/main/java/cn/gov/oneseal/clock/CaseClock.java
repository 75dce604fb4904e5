package cn.gov.oneseal.clock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's statutory clock as officers, supervisors and applicants see it. Working days.
 *
 * @param caseNumber the case
 * @param state RUNNING, STOPPED or FINISHED
 * @param startDay the day the limits count from (acceptance, or receipt where the item says so)
 * @param promisedDue 承诺时限 deadline (moved by stops; never earlier than a date already given)
 * @param statutoryDue 法定时限 deadline (moved by stops and the extension; never earlier than a date already given)
 * @param usedDays working days used so far, stops not counted
 * @param promisedRemaining working days left until the promised deadline (negative when overdue)
 * @param statutoryRemaining working days left until the statutory deadline (negative when overdue)
 * @param pausedDays working days of ended stops
 * @param stops every stop, oldest first
 * @param extension the extension, if one was requested
 * @param promisedDueProvisional the promised deadline runs into a year whose holiday notice is not loaded
 * @param statutoryDueProvisional the same for the statutory deadline
 * @param provisionalNote why such a deadline may still move (later, never earlier); null when both are exact
 */
public record CaseClock(String caseNumber, String state, LocalDate startDay, LocalDate promisedDue,
    LocalDate statutoryDue, int usedDays, int promisedRemaining, int statutoryRemaining, int pausedDays,
    List<Stop> stops, Extension extension, boolean promisedDueProvisional, boolean statutoryDueProvisional,
    String provisionalNote) {

  /** One stop of the clock. */
  public record Stop(StopReason reason, String description, Integer expectedDays, OffsetDateTime noticeAt,
      OffsetDateTime startedAt, String startedBy, OffsetDateTime endedAt, Integer pausedDays) {}

  /** The extension (延期): requested once, approved or refused by the bureau head. */
  public record Extension(int days, String reason, OffsetDateTime requestedAt, String requestedBy, String status,
      OffsetDateTime decidedAt, String decidedBy, String decisionOpinion, OffsetDateTime noticeAt) {}
}
