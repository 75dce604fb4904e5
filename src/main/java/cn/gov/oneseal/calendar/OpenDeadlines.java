package cn.gov.oneseal.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Open deadlines kept by a feature, recomputed when the calendar changes (a year's notice loaded, corrected or
 * taken back). Implemented by the features that keep deadlines (the case clocks, the engine's tasks and timers),
 * so the calendar needs none of them. A deadline already given to an applicant is never moved earlier.
 */
public interface OpenDeadlines {

  /** Recomputes on the calendar as it is now; {@code before} is the calendar as it stood. Returns what moved. */
  Moved recompute(WorkingDayCalendar before);

  /** What one recomputation moved. */
  record Moved(List<CaseChange> cases, List<TaskChange> tasks, List<TimerChange> timers) {

    public static Moved cases(List<CaseChange> cases) {
      return new Moved(cases, List.of(), List.of());
    }
  }

  /**
   * A case's deadlines before and after; {@code kept} names a deadline the new calendar would put earlier but
   * that stays, because it was already given to the applicant.
   */
  record CaseChange(String caseNumber, LocalDate promisedDueBefore, LocalDate promisedDue,
      LocalDate statutoryDueBefore, LocalDate statutoryDue, List<String> kept) {}

  /** A task's due date before and after. */
  record TaskChange(String taskId, String caseNumber, String name, LocalDate dueBefore, LocalDate due) {}

  /**
   * A timer's date before and after; {@code given} when it is a date given outside (in a process variable,
   * e.g. an applicant's correction deadline), which only ever moves later.
   */
  record TimerChange(String jobId, String caseNumber, String name, LocalDate dueBefore, LocalDate due,
      boolean given) {}
}
