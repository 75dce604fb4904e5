package cn.gov.oneseal.calendar;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How a provisional deadline is marked where it is shown, in words an officer and an applicant understand:
 * the years whose holiday arrangement is not published yet, the rule used instead, and that the date may
 * still move later, never earlier.
 */
public final class ProvisionalWording {

  private ProvisionalWording() {}

  /** "2027年" or "2027、2028年", as official texts write years. */
  public static String years(Collection<Integer> years) {
    return years.stream().sorted().map(String::valueOf).collect(Collectors.joining("、")) + "年";
  }

  /** After a date (opinions, notes, the regulator's view): empty for an exact deadline. */
  public static String note(Collection<Integer> years) {
    return years.isEmpty() ? "" : "（暂按法定节假日计算：" + years(years) + "节假日安排尚未公布）";
  }

  /** For the case clock and the calculator: what the date is counted on and what happens next. */
  public static String explanation(Collection<Integer> years) {
    return years.isEmpty() ? null : "国务院办公厅尚未公布" + years(years) + "节假日安排，暂按周末和法定节假日（"
        + StatutoryHolidays.NAMES + "）计算；安排公布并载入后重新计算，已告知申请人的期限不会因此提前。";
  }
}
