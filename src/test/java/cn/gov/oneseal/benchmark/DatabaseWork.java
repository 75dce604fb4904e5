package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.round;
import static cn.gov.oneseal.benchmark.BenchmarkMain.sleep;

import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the time goes besides Java: commits and rows written, from PostgreSQL's own counters, around a few more cases
 * of each kind run apart (parts a and b) or around a burst of timers (part c2).
 */
final class DatabaseWork {

  private final BenchmarkMain main;
  private final JdbcTemplate jdbc;

  DatabaseWork(BenchmarkMain main) {
    this.main = main;
    this.jdbc = main.jdbc;
  }

  /**
   * Where the time of (a) goes besides Java: the database work of one case against one bare instance, from
   * PostgreSQL's own counters (commits, each waiting for its fsync, and rows written), over a few more cases of each
   * kind run apart (ten; five in a quick run).
   */
  void ofCases(String foodDefinition, CaseWalks walks) {
    int n = Math.max(1, Math.min(main.options.quick ? 5 : 10, main.options.cases));
    Map<String, Object> work = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      walks.stagedInstance("bare-staged-warm-" + i);
    }
    long[] before = counters();
    Map<String, Long> tablesBefore = rowsWrittenByTable();
    Thread harness = Thread.currentThread();
    java.util.function.Predicate<Thread> officer = t -> t == harness;
    Instrumentation.Recorded foodRun = main.instrumentation.recording(officer, () -> {
      for (int i = 0; i < n; i++) {
        walks.foodCase(foodDefinition);
      }
    });
    long[] afterFood = counters();
    Map<String, Long> tablesAfterFood = rowsWrittenByTable();
    long[] food = minus(afterFood, before);
    Instrumentation.Recorded bareRun = main.instrumentation.recording(officer, () -> {
      for (int i = 0; i < n; i++) {
        walks.bareInstance("bare-counted-" + i, 8);
      }
    });
    long[] afterBare = counters();
    long[] bare = minus(afterBare, afterFood);
    Map<String, Long> tablesAfterBare = rowsWrittenByTable();
    // the same bare tasks chained in six stages as the food case's (BareModels.STAGED): what the shape alone costs
    Instrumentation.Recorded stagedRun = main.instrumentation.recording(officer, () -> {
      for (int i = 0; i < n; i++) {
        walks.stagedInstance("bare-staged-" + i);
      }
    });
    long[] staged = minus(counters(), afterBare);
    Map<String, Long> tablesAfterStaged = rowsWrittenByTable();
    String[] names = {"commits", "rowsInserted", "rowsUpdated", "rowsDeleted", "rowsRead"};
    Map<String, Object> perCase = new LinkedHashMap<>();
    Map<String, Object> perBare = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      perCase.put(names[i], round((double) food[i] / n));
      perBare.put(names[i], round((double) bare[i] / n));
    }
    work.put("measuredEach", n);
    work.put("perFoodCase", perCase);
    work.put("perBareInstance", perBare);
    // rows written (inserted + updated + deleted) per table: food case beside bare instance, largest first
    Map<String, Object> byTable = new LinkedHashMap<>();
    busiestTables(tablesBefore, tablesAfterFood, Integer.MAX_VALUE).forEach(t -> byTable.put(t,
        List.of(round((double) written(tablesAfterFood, tablesBefore, t) / n),
            round((double) written(tablesAfterBare, tablesAfterFood, t) / n))));
    work.put("rowsWrittenByTablePerFoodCaseAndBareInstance", byTable);
    main.results.put("ab_databaseWork", work);
    main.row("(a) database work per food case", perCase.get("commits") + " commits, " + perCase.get("rowsInserted")
        + " rows inserted, " + perCase.get("rowsUpdated") + " updated, " + perCase.get("rowsDeleted") + " deleted", "");
    byTable.entrySet().stream().limit(8).forEach(e -> main.row("(a)   rows written in " + e.getKey(),
        ((List<?>) e.getValue()).get(0) + " per food case, " + ((List<?>) e.getValue()).get(1) + " per bare instance", ""));
    main.row("(b) database work per bare instance", perBare.get("commits") + " commits, " + perBare.get("rowsInserted")
        + " rows inserted, " + perBare.get("rowsUpdated") + " updated, " + perBare.get("rowsDeleted") + " deleted", "");
    double foodRows = (double) (food[1] + food[2] + food[3]) / n;
    double bareRows = (double) (bare[1] + bare[2] + bare[3]) / n;
    work.put("rowsWrittenPerFoodCase", round(foodRows));
    work.put("rowsWrittenPerBareInstance", round(bareRows));
    main.targets.atMost("rows written per food case ÷ per bare instance", foodRows / bareRows, 2.0,
        round(foodRows) + " / " + round(bareRows));

    Map<String, Long> foodRowsByTable = new HashMap<>();
    Map<String, Long> bareRowsByTable = new HashMap<>();
    Map<String, Long> stagedRowsByTable = new HashMap<>();
    tablesAfterStaged.keySet().forEach(t -> {
      foodRowsByTable.put(t, written(tablesAfterFood, tablesBefore, t));
      bareRowsByTable.put(t, written(tablesAfterBare, tablesAfterFood, t));
      stagedRowsByTable.put(t, written(tablesAfterStaged, tablesAfterBare, t));
    });
    GuaranteeCosts.Unit foodUnit = GuaranteeCosts.unit(foodRun, foodRowsByTable, n);
    GuaranteeCosts.Unit bareUnit = GuaranteeCosts.unit(bareRun, bareRowsByTable, n);
    GuaranteeCosts.Unit stagedUnit = GuaranteeCosts.unit(stagedRun, stagedRowsByTable, n);
    Map<String, Object> guarantees = GuaranteeCosts.sideBySide(foodUnit, bareUnit);
    guarantees.put("bareInStages", GuaranteeCosts.sideBySide(stagedUnit, bareUnit));
    double stagedRows = (double) (staged[1] + staged[2] + staged[3]) / n;
    double stagedTimeRatio = stagedUnit.wallMs() / bareUnit.wallMs();
    guarantees.put("bareInStagesTimeRatio", round(stagedTimeRatio));
    guarantees.put("bareInStagesRowsRatio", round(stagedRows / bareRows));
    // the two ratios with the database time, rows and documents of the bureau's own guarantees taken away; the Java of
    // the listeners that write them is still counted, so the ratio without them lies at or below this figure
    double perTask = walks.userTasksPerCase;
    double timeRatio = (foodUnit.wallMs() / perTask) / (bareUnit.wallMs() / 8);
    double timeRatioWithout = ((foodUnit.wallMs() - foodUnit.bureauOwnMs()) / perTask) / (bareUnit.wallMs() / 8);
    double rowsRatioWithout = (foodUnit.rowsTotal() - foodUnit.bureauOwnRows()) / bareUnit.rowsTotal();
    // and from below: the staged bare model plus the database time and rows of the food case's variables — what
    // any item of stages with its process variables costs before a single form, listener, document or table of ours
    double variablesMs = foodUnit.ms().get(GuaranteeCosts.VARIABLES) - stagedUnit.ms().get(GuaranteeCosts.VARIABLES);
    double floorTime = ((stagedUnit.wallMs() + variablesMs) / 8) / (bareUnit.wallMs() / 8);
    double floorRows = (stagedRows + foodUnit.rows().get(GuaranteeCosts.VARIABLES)) / bareRows;
    guarantees.put("userTasksPerFoodCase", perTask);
    guarantees.put("timeRatioOfTheseCases", round(timeRatio));
    guarantees.put("timeRatioWithoutTheBureausOwn", round(timeRatioWithout));
    guarantees.put("rowsRatioWithoutTheBureausOwn", round(rowsRatioWithout));
    guarantees.put("timeRatioOfStagesAndVariables", round(floorTime));
    guarantees.put("rowsRatioOfStagesAndVariables", round(floorRows));
    work.put("byGuarantee", guarantees);
    main.row("(a) what the guarantees cost a food case", foodUnit.wallMs() + " ms per case ("
        + round(foodUnit.wallMs() / perTask) + " per user task), bare " + bareUnit.wallMs() + " ms ("
        + round(bareUnit.wallMs() / 8) + ")", "");
    GuaranteeCosts.print(main, "(a)", "case", foodUnit, bareUnit);
    main.row("(a) without the bureau's own (documents, case file, clock, outbound, actions)", "time ratio "
        + round(timeRatioWithout) + " (these cases: " + round(timeRatio) + "), rows ratio " + round(rowsRatioWithout),
        "");
    main.row("(b') the bare tasks in six stages, as the items chain them ÷ bare", "time " + round(stagedTimeRatio)
        + " (" + stagedUnit.wallMs() + " / " + bareUnit.wallMs() + " ms), rows " + round(stagedRows / bareRows) + " ("
        + round(stagedRows) + " / " + round(bareRows) + ")", "");
    GuaranteeCosts.print(main, "(b')", "instance", stagedUnit, bareUnit);
    main.row("(b') + the food case's variables ÷ bare (any item of stages with its variables)", "time "
        + round(floorTime) + ", rows " + round(floorRows), "");
  }

  /** The tables written between the two snapshots, most rows first. */
  static List<String> busiestTables(Map<String, Long> before, Map<String, Long> after, int limit) {
    return after.keySet().stream().filter(t -> written(after, before, t) > 0)
        .sorted((x, y) -> Long.compare(written(after, before, y), written(after, before, x))).limit(limit).toList();
  }

  static long written(Map<String, Long> after, Map<String, Long> before, String table) {
    return after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
  }

  /** Call after counters() (which waits for the backends to report). */
  Map<String, Long> rowsWrittenByTable() {
    Map<String, Long> rows = new HashMap<>();
    // a table's TOAST table (the chunks of large values: the documents' bytes) counted under the table's name
    jdbc.query("""
        select s.relname, s.n_tup_ins + s.n_tup_upd + s.n_tup_del from pg_stat_user_tables s
        union all
        select t.relname || ' (TOAST)', s.n_tup_ins + s.n_tup_upd + s.n_tup_del from pg_stat_all_tables s
          join pg_class t on t.reltoastrelid = s.relid join pg_namespace n on n.oid = t.relnamespace
          where s.schemaname = 'pg_toast' and n.nspname = current_schema()""",
        (org.springframework.jdbc.core.RowCallbackHandler) rs -> rows.put(rs.getString(1), rs.getLong(2)));
    return rows;
  }

  /**
   * Commits and rows inserted, updated, deleted and fetched in the database so far. A backend reports its counters
   * when it has been idle for up to ten seconds, or when it ends: the pool's connections are closed (the pool opens
   * new ones as needed) and closed again after a moment for those a job had in use.
   */
  long[] counters() {
    HikariDataSource pool = pool();
    if (pool != null && pool.getHikariPoolMXBean() != null) {
      pool.getHikariPoolMXBean().softEvictConnections();
      sleep(1_000);
      pool.getHikariPoolMXBean().softEvictConnections();
      sleep(500);
    } else {
      sleep(11_000);
    }
    return jdbc.queryForObject("""
        select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_fetched from pg_stat_database
        where datname = current_database()""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5)});
  }

  /** The connection pool behind the harness's statement timing, if it is Hikari's. */
  private HikariDataSource pool() {
    try {
      return jdbc.getDataSource().isWrapperFor(HikariDataSource.class)
          ? jdbc.getDataSource().unwrap(HikariDataSource.class) : null;
    } catch (java.sql.SQLException e) {
      return null;
    }
  }

  static long[] minus(long[] a, long[] b) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] - b[i];
    }
    return r;
  }
}
