package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.INBOX;
import static cn.gov.oneseal.benchmark.BenchmarkMain.INBOX_GROUPS;
import static cn.gov.oneseal.benchmark.BenchmarkMain.mark;
import static cn.gov.oneseal.benchmark.BenchmarkMain.millis;
import static cn.gov.oneseal.benchmark.BenchmarkMain.percentile;
import static cn.gov.oneseal.benchmark.BenchmarkMain.round;
import static cn.gov.oneseal.benchmark.BenchmarkMain.seconds;

import cn.gov.oneseal.audit.CaseSearch;
import cn.gov.oneseal.support.EngineTaskStatements;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;

/** Part (d): the officers' task queries and the auditors' case-history queries at volume. */
final class VolumeQueries {

  private final BenchmarkMain main;
  private final Options options;
  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final Map<String, Object> results;

  VolumeQueries(BenchmarkMain main) {
    this.main = main;
    this.options = main.options;
    this.engine = main.engine;
    this.jdbc = main.jdbc;
    this.results = main.results;
  }

  void queries() throws Exception {
    Map<String, Object> d = new LinkedHashMap<>();
    results.put("d_queries", d);
    long now = System.currentTimeMillis();
    long t0 = System.nanoTime();
    // open tasks: instances of a one-task model, spread over four officer groups, due over the next 30 days
    main.inBatches(options.tasks, i -> {
      long due = now + 3_600_000L + ThreadLocalRandom.current().nextLong(30L * 86_400_000L);
      main.start(INBOX, Map.of("group", INBOX_GROUPS[i % INBOX_GROUPS.length], "due", new Date(due),
          "followUp", new Date(due - 2L * 86_400_000L)));
    });
    d.put("openTasksCreatedPerSecond", round(options.tasks / ((System.nanoTime() - t0) / 1e9)));
    long t1 = System.nanoTime();
    HistoryVolume.insert(jdbc, main.tx, engine, main.applicantNames, options.historyRows);
    d.put("historyRowsInsertSeconds", seconds(System.nanoTime() - t1));
    jdbc.execute("analyze");
    Map<String, Object> volume = new LinkedHashMap<>();
    for (String table : List.of("act_ru_task", "act_ru_job", "act_hi_actinst", "act_hi_taskinst", "act_hi_procinst",
        "act_hi_varinst", "act_hi_detail", "case_file")) {
      volume.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    d.put("volume", volume);
    main.row("(d) volume", "open tasks " + volume.get("act_ru_task") + ", act_hi_actinst " + volume.get("act_hi_actinst")
        + ", case_file " + volume.get("case_file"), "100 000 / 1 000 000");

    List<String> syntheticNumbers = jdbc.queryForList(
        "select case_number from case_file where case_number like '" + HistoryVolume.PREFIX + "%' limit 1000",
        String.class);
    List<String> numbers = syntheticNumbers.isEmpty() ? main.realCases : syntheticNumbers;
    int applicants = Math.max(1, Math.min(HistoryVolume.APPLICANTS, options.historyRows / HistoryVolume.ACTIVITIES_PER_CASE));
    double[] inbox = inboxQueries(d, "", "");
    // the same queries with the engine's own statements: its authorization join, not schema/TaskQueryAuthorization
    double[] joined = EngineTaskStatements.withEngineJoin(engine,
        () -> inboxQueries(d, " with the engine's authorization join", "WithEngineJoin"));
    Object openTasks = volume.get("act_ru_task");
    main.targets.atMost("(d) 组待办 page + count p95 at " + openTasks + " open tasks (ms)", inbox[0], 50,
        "without the authorization check " + round(inbox[1]) + " ms, with the engine's join " + round(joined[0])
            + " ms");
    main.targets.atMost("(d) 即将超期 p95 at " + openTasks + " open tasks (ms)", inbox[2], 30,
        "without the authorization check " + round(inbox[3]) + " ms, with the engine's join " + round(joined[2])
            + " ms");
    measure(d, "caseSearchByNumber", "case search by number", 50, () -> main.caseHistory.search(
        CaseSearch.all().withCaseNumber(numbers.get(ThreadLocalRandom.current().nextInt(numbers.size())))));
    double byName = measure(d, "caseSearchByApplicant", "case search by applicant name", 20,
        () -> main.caseHistory.search(new CaseSearch(null,
            HistoryVolume.applicant(ThreadLocalRandom.current().nextInt(applicants)), null, null, null, null, null,
            null, 0, 20)));
    main.targets.atMost("(d) 办件历史 search by applicant name p95 at " + volume.get("case_file") + " cases (ms)",
        byName, 20, "");
    if (!main.realCases.isEmpty()) {
      measure(d, "timeline", "one case's timeline (CaseHistory.timeline)", Double.NaN, () -> main.caseHistory.timeline(
          main.realCases.get(ThreadLocalRandom.current().nextInt(main.realCases.size()))));
    }
    if (!options.quick) {
      candidateIndexes(d);
    }
  }

  /** The p95 of 组待办 and of 即将超期, each also without the authorization check: {组待办, unchecked, 即将超期, unchecked}. */
  double[] inboxQueries(Map<String, Object> d, String variant, String suffix) {
    double inbox = measure(d, "groupInbox" + suffix, "group inbox by due date (page 15 + count)" + variant, 50, () -> main.as("window1", () -> {
      TaskQuery q = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(main.identities.get("window1")[0])
          .taskUnassigned();
      q.orderByDueDate().asc().listPage(0, 15);
      return q.count();
    }));
    // the same without an authenticated user: no authorization or tenant check; the difference is their cost
    double unchecked = measure(d, "groupInboxWithoutAuthorization" + suffix, "group inbox, no authorization check" + variant, Double.NaN, () -> {
      TaskQuery q = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(main.identities.get("window1")[0])
          .taskUnassigned();
      q.orderByDueDate().asc().listPage(0, 15);
      return q.count();
    });
    double dueSoon = measure(d, "dueSoon" + suffix, "due soon (follow-up reached, page 15 + count)" + variant, 30, () -> main.as("window1", () -> {
      Date at = new Date();
      TaskQuery q = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(main.identities.get("window1")[0])
          .includeAssignedTasks().followUpBefore(at).dueAfter(at);
      q.orderByDueDate().asc().listPage(0, 15);
      return q.count();
    }));
    double dueSoonUnchecked = measure(d, "dueSoonWithoutAuthorization" + suffix, "due soon, no authorization check"
        + variant, Double.NaN, () -> {
          Date at = new Date();
          TaskQuery q = engine.getTaskService().createTaskQuery()
              .taskCandidateGroupIn(main.identities.get("window1")[0]).includeAssignedTasks().followUpBefore(at)
              .dueAfter(at);
          q.orderByDueDate().asc().listPage(0, 15);
          return q.count();
        });
    return new double[] {inbox, unchecked, dueSoon, dueSoonUnchecked};
  }

  /**
   * The inbox queries again without (or, on a schema without them, with) indexes on the task's due and follow-up
   * dates (migration V19: the inbox is sorted by due date; "due soon" filters on the follow-up date).
   */
  void candidateIndexes(Map<String, Object> d) {
    List<String> existing = jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task' "
        + "and (indexdef like '%(due_date_)%' or indexdef like '%(follow_up_date_)%')", String.class);
    if (existing.isEmpty()) {
      jdbc.execute("create index bench_task_due on act_ru_task (due_date_)");
      jdbc.execute("create index bench_task_follow_up on act_ru_task (follow_up_date_)");
      jdbc.execute("analyze act_ru_task");
      d.put("dueDateIndexes", "absent; measured again with them (…WithDueIndexes)");
      inboxQueries(d, " + due/follow-up indexes", "WithDueIndexes");
    } else {
      // the benchmark's database is thrown away after the run
      existing.forEach(index -> jdbc.execute("drop index " + index));
      jdbc.execute("analyze act_ru_task");
      d.put("dueDateIndexes", "present " + existing + "; measured again without them (…WithoutDueIndexes)");
      inboxQueries(d, " without due/follow-up indexes", "WithoutDueIndexes");
    }
  }

  /** Runs the query --query-runs times after --query-warmup, records p50/p95/max; returns the p95 in ms. */
  double measure(Map<String, Object> d, String key, String label, double targetMs, Supplier<?> query) {
    for (int i = 0; i < options.queryWarmup; i++) {
      query.get();
    }
    double[] ms = new double[options.queryRuns];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      query.get();
      ms[i] = millis(System.nanoTime() - t);
    }
    Arrays.sort(ms);
    double p95 = percentile(ms, 95);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", ms.length);
    m.put("p50Ms", round(percentile(ms, 50)));
    m.put("p95Ms", round(p95));
    m.put("maxMs", round(percentile(ms, 100)));
    boolean target = !Double.isNaN(targetMs);
    if (target) {
      m.put("target", "p95 <= " + targetMs + " ms");
      m.put("met", p95 <= targetMs);
    }
    d.put(key, m);
    main.row("(d) " + label, "p50 " + round(percentile(ms, 50)) + " ms, p95 " + round(p95) + " ms",
        target ? "p95 <= " + targetMs + " ms " + mark(p95 <= targetMs) : "");
    return p95;
  }
}
