package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.StatutoryHolidays;
import java.util.Collection;

/**
 * The line at the head of a task's description (Tasklist shows it under the task's name) that says its due date
 * is provisional: it runs into a year whose holiday notice is not loaded, so it counts that year's weekends and
 * statutory days only and is recomputed when the notice is loaded — then the line goes.
 */
public final class TaskDueMark {

  static final String PREFIX = "【期限暂定】";
  /** The engine keeps at most this many characters of a description. */
  static final int MAX_DESCRIPTION = 4000;

  private TaskDueMark() {}

  /** The description with the line for those years (none: without the line). */
  public static String apply(String description, Collection<Integer> provisionalYears) {
    String rest = without(description);
    if (provisionalYears.isEmpty()) {
      return rest;
    }
    String line = PREFIX + "到期日暂按周末和法定节假日（" + StatutoryHolidays.NAMES + "）计算：国务院办公厅"
        + ProvisionalWording.years(provisionalYears) + "节假日安排尚未公布，载入后自动重算。";
    String marked = rest == null || rest.isBlank() ? line : line + "\n\n" + rest;
    return marked.length() > MAX_DESCRIPTION ? marked.substring(0, MAX_DESCRIPTION - 1) + "…" : marked;
  }

  /** Whether the description says the due date is provisional. */
  public static boolean isMarked(String description) {
    return description != null && description.startsWith(PREFIX);
  }

  private static String without(String description) {
    if (!isMarked(description)) {
      return description;
    }
    int end = description.indexOf('\n');
    return end < 0 ? null : description.substring(end).strip();
  }
}
