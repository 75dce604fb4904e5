package cn.gov.oneseal.calendar;

import java.time.LocalDate;
import java.util.Set;

/** One year of the holiday notice: weekdays off and weekend days worked, with the notice's name. */
public record HolidayYear(int year, String source, Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

  public HolidayYear {
    daysOff = Set.copyOf(daysOff);
    makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    for (LocalDate day : daysOff) {
      requireInYear(year, day);
      if (makeUpWorkingDays.contains(day)) {
        throw new IllegalArgumentException(day + " 既是休息日又是调休上班日 / listed as both off and working");
      }
    }
    makeUpWorkingDays.forEach(day -> requireInYear(year, day));
  }

  private static void requireInYear(int year, LocalDate day) {
    if (day.getYear() != year) {
      throw new IllegalArgumentException(day + " 不属于 " + year + " 年 / date outside its year");
    }
  }
}
