package cn.gov.oneseal.calendar;

/**
 * A working-day computation needed a year whose holiday notice is not loaded. Such a deadline is
 * refused rather than guessed: the State Council publishes each year's make-up working days only in
 * the November before.
 */
public class CalendarDataMissingException extends RuntimeException {

  private final int year;

  public CalendarDataMissingException(int year) {
    super("工作日历缺少 " + year + " 年的节假日数据，无法计算期限（请先载入国务院办公厅 " + year
        + " 年节假日安排通知）/ no holiday data for " + year);
    this.year = year;
  }

  public int getYear() {
    return year;
  }
}
