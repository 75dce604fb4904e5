package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.millis;
import static cn.gov.oneseal.benchmark.BenchmarkMain.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each of the bureau's guarantees costs a unit of work (a food case, a deemed acceptance) beside the bare
 * engine's same unit: the database time and the rows written, table by table, summed by the guarantee the table
 * serves; the issued documents (laid out, sealed, stored) timed as a whole; what is left is Java (the engine, the
 * forms, the listeners). Issue #24 asks for this where a target cannot be met without giving up a guarantee.
 */
final class GuaranteeCosts {

  static final String DOCUMENTS = "sealed documents (laid out, sealed, stored)";
  static final String CASE_FILE = "case file (the bureau's tables of the case)";
  static final String CLOCK = "statutory clock (timers, jobs, cards)";
  static final String OUTBOUND = "outbound messages (outbox, province, 双公示)";
  static final String ACTIONS = "officers' actions (handover, return, urge, consult)";
  static final String AUTHORIZATIONS = "engine: authorizations";
  static final String VARIABLES = "engine: variables (runtime, history, values)";
  static final String HISTORY = "engine: history (instances, activities, tasks, log)";
  static final String RUNTIME = "engine: runtime (executions, tasks, identity links)";
  static final String READS = "engine: identity and definitions";
  static final String COMMITS = "commits (each waits for its fsync)";
  static final String JAVA = "Java and the rest (engine, forms, listeners)";
  /** The groups the bare engine has none of: giving one up is giving up a guarantee of the bureau. */
  static final List<String> BUREAU_OWN = List.of(DOCUMENTS, CASE_FILE, CLOCK, OUTBOUND, ACTIONS);
  static final List<String> ORDER = List.of(DOCUMENTS, CASE_FILE, CLOCK, OUTBOUND, ACTIONS, AUTHORIZATIONS, VARIABLES,
      HISTORY, RUNTIME, READS, COMMITS, JAVA);

  private GuaranteeCosts() {
  }

  static String groupOf(String table) {
    String t = table.replace(" (TOAST)", "").toLowerCase();
    if (t.equals(StatementTimes.COMMIT)) {
      return COMMITS;
    }
    if (t.equals("case_notice")) {
      return DOCUMENTS;
    }
    if (t.startsWith("act_ru_job") || t.equals("act_hi_job_log") || t.startsWith("clock_") || t.equals("case_clock")
        || t.equals("supervision_card") || t.equals("holiday_year")) {
      return CLOCK;
    }
    if (List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail", "act_ge_bytearray").contains(t)) {
      return VARIABLES;
    }
    if (t.equals("act_ru_authorization")) {
      return AUTHORIZATIONS;
    }
    if (t.startsWith("act_hi_")) {
      return HISTORY;
    }
    if (t.startsWith("act_ru_")) {
      return RUNTIME;
    }
    if (t.startsWith("act_")) {
      return READS;
    }
    if (List.of("outbox_message", "province_report", "province_reconciliation", "publication", "credit_record")
        .contains(t)) {
      return OUTBOUND;
    }
    if (t.startsWith("task_") || t.startsWith("consultation") || t.equals("officer_absence")
        || t.equals("case_copy")) {
      return ACTIONS;
    }
    return CASE_FILE;
  }

  /** One unit's costs: milliseconds and rows written per group. */
  record Unit(Map<String, Double> ms, Map<String, Double> rows, double wallMs) {

    double bureauOwnMs() {
      return BUREAU_OWN.stream().mapToDouble(g -> ms.getOrDefault(g, 0.0)).sum();
    }

    double bureauOwnRows() {
      return BUREAU_OWN.stream().mapToDouble(g -> rows.getOrDefault(g, 0.0)).sum();
    }

    double rowsTotal() {
      return rows.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  /** The same for a run recorded on one thread, whose wall time is split. */
  static Unit unit(Instrumentation.Recorded run, Map<String, Long> rowsByTable, int units) {
    return unit(run.statements(), rowsByTable, run.documentNanos(), run.wallNanos(), units);
  }

  /**
   * Groups the statement times and rows of {@code units} units; the documents' whole calls are added as their
   * group's time; wall time minus everything timed is Java.
   */
  static Unit unit(Map<String, long[]> statements, Map<String, Long> rowsByTable, long documentNanos, long wallNanos,
      int units) {
    Map<String, Double> ms = new LinkedHashMap<>();
    ORDER.forEach(g -> ms.put(g, 0.0));
    statements.forEach((table, v) -> ms.merge(groupOf(table), millis(v[0]) / units, Double::sum));
    ms.merge(DOCUMENTS, millis(documentNanos) / units, Double::sum);
    double timed = ms.values().stream().mapToDouble(Double::doubleValue).sum();
    double wall = millis(wallNanos) / units;
    ms.put(JAVA, Math.max(0, wall - timed));
    Map<String, Double> rows = new LinkedHashMap<>();
    ORDER.forEach(g -> rows.put(g, 0.0));
    rowsByTable.forEach((table, n) -> rows.merge(groupOf(table), (double) n / units, Double::sum));
    ms.replaceAll((g, v) -> round(v));
    rows.replaceAll((g, v) -> round(v));
    return new Unit(ms, rows, round(wall));
  }

  /** The two units side by side, group by group, for the JSON. */
  static Map<String, Object> sideBySide(Unit bureau, Unit bare) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String g : ORDER) {
      out.put(g, Map.of("msBureau", bureau.ms().get(g), "msBare", bare.ms().get(g),
          "rowsBureau", bureau.rows().get(g), "rowsBare", bare.rows().get(g)));
    }
    out.put("wallMs", Map.of("bureau", bureau.wallMs(), "bare", bare.wallMs()));
    return out;
  }

  /** Prints the groups with a cost, most expensive first, as rows of the run's table. */
  static void print(BenchmarkMain main, String part, String unitName, Unit bureau, Unit bare) {
    ORDER.stream().filter(g -> bureau.ms().get(g) + bare.ms().get(g) + bureau.rows().get(g) > 0)
        .sorted((x, y) -> Double.compare(bureau.ms().get(y), bureau.ms().get(x)))
        .forEach(g -> main.row(part + "   " + g, bureau.ms().get(g) + " ms, " + bureau.rows().get(g) + " rows per "
            + unitName + "; bare " + bare.ms().get(g) + " ms, " + bare.rows().get(g) + " rows", ""));
  }
}
