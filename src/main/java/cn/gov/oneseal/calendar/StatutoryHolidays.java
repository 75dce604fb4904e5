package cn.gov.oneseal.calendar;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days off that the law itself fixes, for a year whose State Council notice is not loaded yet: the 13 days of
 * 《全国年节及纪念日放假办法》 (2024 revision, in force since 2025-01-01) — 元旦 1 January; 春节 the lunar New
 * Year's Eve and the first three days of the first lunar month; 清明 the day of the solar term; 劳动节 1 and 2
 * May; 端午 the fifth day of the fifth lunar month; 中秋 the fifteenth day of the eighth lunar month; 国庆 1 to 3
 * October. The lunar days and the solar term are computed (tyme4j, after the Purple Mountain Observatory's
 * rules), not tabulated. The law does not fix the make-up working weekends nor the weekday given for a holiday
 * on a weekend: the annual notice does, so a year computed here is provisional.
 */
public final class StatutoryHolidays {

  /** The first year of the 13 statutory days (the 2024 revision of the 放假办法). */
  public static final int FIRST_YEAR = 2025;
  /** How the provisional years name their basis. */
  public static final String SOURCE = "《全国年节及纪念日放假办法》规定的法定节假日（国务院办公厅年度安排尚未载入，暂按）";
  /** The holidays, as an applicant reads them. */
  public static final String NAMES = "元旦、春节、清明节、劳动节、端午节、中秋节、国庆节";

  private static final Map<Integer, SortedMap<LocalDate, String>> YEARS = new ConcurrentHashMap<>();
  private static final Map<Integer, HolidayYear> PROVISIONAL = new ConcurrentHashMap<>();

  private StatutoryHolidays() {}

  /** The statutory days off of a year (from {@value #FIRST_YEAR}), each with its holiday's name, in order. */
  public static SortedMap<LocalDate, String> of(int year) {
    if (year < FIRST_YEAR) {
      throw new IllegalArgumentException(year + " 年早于现行放假办法（2025 年起施行）");
    }
    return YEARS.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  /** The year as the working-day calendar uses it: the statutory days off, no make-up working days. */
  public static HolidayYear provisionalYear(int year) {
    return PROVISIONAL.computeIfAbsent(year, y -> new HolidayYear(y, SOURCE, of(y).keySet(), Set.of()));
  }

  private static SortedMap<LocalDate, String> compute(int year) {
    SortedMap<LocalDate, String> days = new TreeMap<>();
    LocalDate newYear = day(LunarDay.fromYmd(year, 1, 1).getSolarDay());
    put(days, LocalDate.of(year, 1, 1), "元旦");
    put(days, newYear.minusDays(1), "春节（除夕）");
    put(days, newYear, "春节（正月初一）");
    put(days, newYear.plusDays(1), "春节（正月初二）");
    put(days, newYear.plusDays(2), "春节（正月初三）");
    put(days, day(SolarTerm.fromName(year, "清明").getSolarDay()), "清明节");
    put(days, LocalDate.of(year, 5, 1), "劳动节");
    put(days, LocalDate.of(year, 5, 2), "劳动节");
    put(days, day(LunarDay.fromYmd(year, 5, 5).getSolarDay()), "端午节");
    put(days, day(LunarDay.fromYmd(year, 8, 15).getSolarDay()), "中秋节");
    put(days, LocalDate.of(year, 10, 1), "国庆节");
    put(days, LocalDate.of(year, 10, 2), "国庆节");
    put(days, LocalDate.of(year, 10, 3), "国庆节");
    return Collections.unmodifiableSortedMap(days);
  }

  /** 中秋 may fall on a 国庆 day (e.g. 2031-10-01): one day off with both names. */
  private static void put(SortedMap<LocalDate, String> days, LocalDate day, String name) {
    days.merge(day, name, (a, b) -> a + "、" + b);
  }

  private static LocalDate day(SolarDay day) {
    return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
  }
}
