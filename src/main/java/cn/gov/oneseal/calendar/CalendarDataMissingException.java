package cn.gov.oneseal.calendar;

/**
 * A working-day computation needed a year that has no statutory basis: no State Council notice is loaded for
 * it, and it lies before the current 放假办法 or too far ahead to compute its statutory days provisionally.
 * Such a deadline is refused rather than guessed. (A year in range without a notice is provisional instead.)
 */
public class CalendarDataMissingException extends RuntimeException {

  private final int year;

  public CalendarDataMissingException(int year, int firstYear, int lastYear) {
    super("工作日历无法计算 " + year + " 年的期限：未载入该年的国务院办公厅节假日安排，且该年不在可按法定节假日推算的范围（"
        + firstYear + " 年至 " + lastYear + " 年）内 / no holiday data for " + year);
    this.year = year;
  }

  public int getYear() {
    return year;
  }
}
