package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Where the yellow card falls: on the working day from which only the configured number of working
 * days (default 1) or share of the limit (default 20 %) is left, whichever is more, counting the
 * deadline's own day. A 6-WD limit turns yellow on its last day; a 20-WD limit four days before.
 */
@Component
public class YellowPoints {

  private final WorkingDayCalendar calendar;
  private final ClockProperties properties;

  public YellowPoints(WorkingDayCalendar calendar, ClockProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Working days left at the yellow point of a limit. */
  public int threshold(int limit) {
    return Math.max(properties.yellowWorkingDays(), (int) Math.floor(limit * properties.yellowShare()));
  }

  /** The yellow day of a limit of {@code limit} working days counted from {@code startDay}. */
  public LocalDate yellowDay(LocalDate startDay, int limit) {
    return calendar.plusWorkingDays(startDay, offset(limit));
  }

  private int offset(int limit) {
    return Math.min(Math.max(1, limit - threshold(limit) + 1), Math.max(limit, 1));
  }

  /** The start of the yellow day, as a follow-up date. */
  public static Date startOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, LocalTime.MIDNIGHT, WorkingDayCalendar.ZONE).toInstant());
  }
}
