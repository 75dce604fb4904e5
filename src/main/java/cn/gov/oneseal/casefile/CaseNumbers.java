package cn.gov.oneseal.casefile;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Case numbers (办件编号): {@code RRRRRR YYYYMMDD T NNNNNN C} without spaces — the bureau's 6-digit
 * 行政区划代码, the receipt day (Asia/Shanghai), the item type letter (J 即办, C 承诺, S 上报, L 联办),
 * the day's running number and an ISO 7064 MOD 37,36 check character, e.g.
 * {@code 32050020250926C000001N}.
 */
@Component
public class CaseNumbers {

  /**
   * The refusal of a case number typed at registration (a {@code businessKey} sent with a start form): the number is
   * always the bureau's own, so that it is unique, carries the bureau and the day, and its check character holds.
   */
  public static final String NOT_TYPED = "办件编号由系统生成（行政区划代码、收件日期、办件类型、流水号和校验位），"
      + "收件时不能自行指定：请去掉业务标识（businessKey）后重新提交";

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Counters counters;

  public CaseNumbers(Counters counters) {
    this.counters = counters;
  }

  /** The next number of a bureau (by its region code) for a case received at {@code receivedAt}. */
  public String next(String regionCode, Date receivedAt, char itemType) {
    LocalDate day = WorkingDayCalendar.dayOf(receivedAt);
    String dayText = day.format(DAY);
    long sequence = counters.next("case-" + regionCode + "-" + dayText);
    if (sequence > 999_999) {
      throw new IllegalStateException("当日办件编号已用尽: " + dayText);
    }
    String body = regionCode + dayText + itemType + String.format("%06d", sequence);
    return body + CheckCharacters.mod3736(body);
  }

  public static boolean isWellFormed(String caseNumber) {
    return caseNumber != null
        && caseNumber.matches("\\d{14}[JCSL]\\d{6}[0-9A-Z]")
        && CheckCharacters.mod3736(caseNumber.substring(0, 21)) == caseNumber.charAt(21);
  }
}
