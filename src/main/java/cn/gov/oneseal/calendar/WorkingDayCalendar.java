package cn.gov.oneseal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working-day calendar (Licensing Law art. 82): weekends and statutory holidays do not
 * count, make-up working weekends do. Periods start on the day after the start day. All computations
 * are in Asia/Shanghai and refuse years without loaded holiday data — except the explicitly
 * provisional ones ({@link #provisionalDeadline}), for the few long periods that must be started before
 * next year's notice is out.
 */
public class WorkingDayCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private volatile Map<Integer, HolidayYear> years;

  public WorkingDayCalendar(Collection<HolidayYear> data) {
    TreeMap<Integer, HolidayYear> byYear = new TreeMap<>();
    for (HolidayYear year : data) {
      if (byYear.put(year.year(), year) != null) {
        throw new IllegalStateException("节假日数据重复: " + year.year() + " 年出现两次");
      }
    }
    this.years = Map.copyOf(byYear);
  }

  /** A copy as the calendar stands now (to compare deadlines before and after a change). */
  public WorkingDayCalendar snapshot() {
    return new WorkingDayCalendar(years.values());
  }

  /** Adds a year or replaces its data (the next year's notice, a correction, a local holiday). */
  public synchronized void put(HolidayYear year) {
    Map<Integer, HolidayYear> changed = new TreeMap<>(years);
    changed.put(year.year(), year);
    this.years = Map.copyOf(changed);
  }

  /** The years with loaded holiday data, ascending. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(years.keySet());
  }

  public HolidayYear year(int year) {
    HolidayYear data = years.get(year);
    if (data == null) {
      throw new CalendarDataMissingException(year);
    }
    return data;
  }

  public boolean isWorkingDay(LocalDate day) {
    HolidayYear data = year(day.getYear());
    if (data.makeUpWorkingDays().contains(day)) {
      return true;
    }
    if (data.daysOff().contains(day)) {
      return false;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The day on which a period of {@code workingDays} working days that starts on {@code start}
   * ends; the start day itself is not counted. Zero returns the start day.
   */
  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("工作日数不能为负: " + workingDays);
    }
    year(start.getYear());
    LocalDate day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Working days from {@code from} (not counted) to {@code to} (counted); negative when {@code to}
   * lies before {@code from}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The calendar day of an instant in Asia/Shanghai. */
  public static LocalDate dayOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toLocalDate();
  }

  /**
   * An instant as a Shanghai offset date-time, the form written to the project's tables. H2 keeps the offset;
   * PostgreSQL keeps only the instant and reads it back at UTC: convert a time read from a table to this
   * zone before taking its day or comparing it with {@code equals}.
   */
  public static java.time.OffsetDateTime offsetOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toOffsetDateTime();
  }

  /** The last moment of a day in Asia/Shanghai: a deadline on that day is met until then. */
  public static Date endOfDay(LocalDate day) {
    ZonedDateTime end = ZonedDateTime.of(day, LocalTime.of(23, 59, 59), ZONE);
    return Date.from(end.toInstant());
  }

  /**
   * A deadline, and whether it is provisional: a year it runs into had no holiday data, so only that
   * year's weekends were taken as rest days. It is recomputed when the year's notice is loaded.
   */
  public record Deadline(Date due, boolean provisional) {}

  /**
   * Like {@link #deadline}, but a period running into a year without holiday data is not refused: it
   * counts that year's weekdays and says so. For periods that must start now and cannot wait for next
   * year's notice (e.g. a regulator's report of a wrong approval, 60 working days).
   */
  public Deadline provisionalDeadline(Date start, int workingDays) {
    LocalDate day = dayOf(start);
    boolean provisional = false;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      provisional |= !years.containsKey(day.getYear());
      if (isWorkingDayOrWeekday(day)) {
        counted++;
      }
    }
    return new Deadline(endOfDay(day), provisional);
  }

  /** Working days between two days as {@link #workingDaysBetween}, weekdays only in a year without data. */
  public int provisionalWorkingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -provisionalWorkingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDayOrWeekday(day)) {
        count++;
      }
    }
    return count;
  }

  private boolean isWorkingDayOrWeekday(LocalDate day) {
    if (years.containsKey(day.getYear())) {
      return isWorkingDay(day);
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The deadline {@code workingDays} after the day of {@code start}: the end of that working day. */
  public Date deadline(Date start, int workingDays) {
    return endOfDay(plusWorkingDays(dayOf(start), workingDays));
  }
}
