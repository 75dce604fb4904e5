package cn.gov.oneseal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * China's working-day calendar (Licensing Law art. 82): weekends and statutory holidays do not
 * count, make-up working weekends do. Periods start on the day after the start day. All computations
 * are in Asia/Shanghai. A year whose State Council notice is loaded counts by the notice; a year without
 * one — every year from late autumn until the notice is out — is <em>provisional</em>: weekends and the
 * statutory days that the law itself fixes ({@link StatutoryHolidays}) count as rest days. No legal step
 * waits for the notice: only a year with no statutory basis at all — before {@value StatutoryHolidays#FIRST_YEAR}
 * or more than {@value #YEARS_AHEAD} years after the current one (engine clock) — is refused.
 */
public class WorkingDayCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** How far ahead of the current year a provisional year is computed. */
  public static final int YEARS_AHEAD = 2;

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

  /** Takes a year's notice back: the year is provisional again (or refused, outside the statutory range). */
  public synchronized void remove(int year) {
    Map<Integer, HolidayYear> changed = new TreeMap<>(years);
    changed.remove(year);
    this.years = Map.copyOf(changed);
  }

  /** The years with a loaded notice, ascending. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(years.keySet());
  }

  /** Whether the year's notice is loaded (else the year is provisional or refused). */
  public boolean isLoaded(int year) {
    return years.containsKey(year);
  }

  /**
   * The rules of a year: its notice, or — provisionally — its statutory days.
   *
   * @throws CalendarDataMissingException for a year without a notice outside the statutory range
   */
  public HolidayYear year(int year) {
    HolidayYear data = years.get(year);
    if (data != null) {
      return data;
    }
    int last = dayOf(ClockUtil.getCurrentTime()).getYear() + YEARS_AHEAD;
    if (year < StatutoryHolidays.FIRST_YEAR || year > last) {
      throw new CalendarDataMissingException(year, StatutoryHolidays.FIRST_YEAR, last);
    }
    return StatutoryHolidays.provisionalYear(year);
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

  /**
   * The years without a loaded notice that a period from {@code from} to {@code to} touches: a deadline
   * computed over it is provisional. Empty when it is exact.
   */
  public SortedSet<Integer> provisionalYears(LocalDate from, LocalDate to) {
    SortedSet<Integer> provisional = new TreeSet<>();
    for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(), to.getYear()); year++) {
      if (!isLoaded(year)) {
        provisional.add(year);
      }
    }
    return provisional;
  }

  /**
   * A deadline and the years without a loaded notice it was computed over (empty: exact). A provisional
   * deadline is recomputed when those notices are loaded; one already given to an applicant is never
   * moved earlier by that.
   */
  public record Deadline(Date due, SortedSet<Integer> provisionalYears) {

    public Deadline {
      provisionalYears = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(provisionalYears));
    }

    public boolean provisional() {
      return !provisionalYears.isEmpty();
    }

    /** The day of the deadline in Asia/Shanghai. */
    public LocalDate day() {
      return dayOf(due);
    }

    /** What to add after the date where it is shown: empty, or the reason it may still move later. */
    public String note() {
      return ProvisionalWording.note(provisionalYears);
    }
  }

  /** The deadline {@code workingDays} after the day of {@code start} (the end of that working day), and whether it is provisional. */
  public Deadline due(Date start, int workingDays) {
    LocalDate from = dayOf(start);
    LocalDate to = plusWorkingDays(from, workingDays);
    return new Deadline(endOfDay(to), provisionalYears(from, to));
  }

  /** The deadline {@code workingDays} after the day of {@code start}: the end of that working day. */
  public Date deadline(Date start, int workingDays) {
    return endOfDay(plusWorkingDays(dayOf(start), workingDays));
  }

  /** A deadline already computed (from {@code start}), with the years without a notice it touches. */
  public Deadline known(Date start, Date due) {
    return new Deadline(due, provisionalYears(dayOf(start), dayOf(due)));
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
  public static OffsetDateTime offsetOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toOffsetDateTime();
  }

  /** The last moment of a day in Asia/Shanghai: a deadline on that day is met until then. */
  public static Date endOfDay(LocalDate day) {
    ZonedDateTime end = ZonedDateTime.of(day, LocalTime.of(23, 59, 59), ZONE);
    return Date.from(end.toInstant());
  }
}
