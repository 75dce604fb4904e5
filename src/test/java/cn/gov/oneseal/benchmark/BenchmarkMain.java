package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.OneSealApplication;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.CaseSearch;
import cn.gov.oneseal.casefile.ApplicantNameGrams;
import cn.gov.oneseal.support.Applications;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark of issue #11 (not a test: surefire never runs it; the commands and the figures: src/docs/benchmark.md).
 * One run on an embedded PostgreSQL 17 with {@code fsync} and {@code synchronous_commit} on, the whole application
 * (profiles postgres + demo, history level full, job executor on) in this JVM:
 * (a) food-licence cases end to end as the demo officers, (b) the same number of user tasks of a bare model,
 * (c) deadline timers (pending, steady stream, burst on a bare model and on the bureau's own deemed-acceptance
 * timer), (d) task and case-history queries at volume, (e) start-up of a fresh JVM on H2, (f) the bureau with 200
 * generated items beside the real ones (issue #19: {@link ItemsScale}).
 * Prints a table and writes target/benchmark/results-&lt;timestamp&gt;.json. Options: {@code --help}.
 */
public final class BenchmarkMain {

  static final String USER_TASKS = "Bench_UserTasks";
  static final String TIMER_PENDING = "Bench_TimerPending";
  static final String TIMER_STREAM = "Bench_TimerStream";
  static final String TIMER_BURST = "Bench_TimerBurst";
  static final String INBOX = "Bench_Inbox";
  static final String DEEMED_ACCEPTANCE = "BoundaryEvent_FiveWorkingDays";
  static final String[] INBOX_GROUPS = {"window", "reviewer", "decider", "surveyLead"};

  final Options options;
  final Map<String, Object> results = new LinkedHashMap<>();
  final List<String[]> table = new ArrayList<>();
  ProcessEngine engine;
  JdbcTemplate jdbc;
  TransactionTemplate tx;
  CaseHistory caseHistory;
  ApplicantNameGrams applicantNames;
  final Map<String, List<String>[]> identities = new HashMap<>();
  final List<String> realCases = new ArrayList<>();
  /** Time spent per step of the food walk (measured cases only), and the first member of each group. */
  final Map<String, Long> steps = new LinkedHashMap<>();
  final Map<String, String> participants = new HashMap<>();

  BenchmarkMain(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (options.help) {
      System.out.println(Options.HELP);
      return;
    }
    new BenchmarkMain(options).run();
    // the embedded PostgreSQL stops in its shutdown hook; the job executor's threads must not keep the JVM
    System.exit(0);
  }

  void run() throws Exception {
    results.put("machine", machine());
    results.put("options", options.asMap());
    if (options.runs("e")) {
      startup();
    }
    if (options.runs("f")) {
      try {
        new ItemsScale(this).run();
      } catch (Exception | AssertionError failed) {
        results.put("f_failed", String.valueOf(failed));
        row("(f) items", "FAILED: " + failed, "");
        failed.printStackTrace();
      }
    }
    if (options.runs("abcd")) {
      onPostgres();
    }
    report();
  }

  /** Parts (a)–(d), on an embedded PostgreSQL with the application in this JVM. */
  void onPostgres() throws Exception {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        // durability as in production: every commit reaches the disk
        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on");
    if (options.explainMs >= 0) {
      // where a slow query spends its time: the plan with real row counts and times, in PostgreSQL's own log
      Path log = Path.of("target", "benchmark", "postgresql-log").toAbsolutePath();
      Files.createDirectories(log);
      builder.setServerConfig("shared_preload_libraries", "auto_explain")
          .setServerConfig("auto_explain.log_min_duration", String.valueOf(options.explainMs))
          .setServerConfig("auto_explain.log_analyze", "on").setServerConfig("auto_explain.log_buffers", "on")
          .setServerConfig("logging_collector", "on").setServerConfig("log_directory", log.toString());
      row("plans of statements slower than " + options.explainMs + " ms", log.toString(), "");
    }
    try (EmbeddedPostgres postgres = builder.start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("create database oneseal_bench encoding 'UTF8' template template0");
      }
      ConfigurableApplicationContext context = application(postgres.getJdbcUrl("postgres", "oneseal_bench"));
      try {
        engine = context.getBean(ProcessEngine.class);
        jdbc = context.getBean(JdbcTemplate.class);
        tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        caseHistory = context.getBean(CaseHistory.class);
        applicantNames = context.getBean(ApplicantNameGrams.class);
        machinePostgres();
        deployBareModels();
        if (options.runs("ab")) {
          casesAndBareTasks();
          sealing(context);
        }
        if (options.runs("c")) {
          timers();
        }
        if (options.runs("d")) {
          queries();
        }
        if (options.holdSeconds > 0) {
          System.out.println("[benchmark] holding the database for " + options.holdSeconds + " s: psql -h localhost -p "
              + postgres.getPort() + " -U postgres oneseal_bench");
          sleep(options.holdSeconds * 1000L);
        }
      } finally {
        context.close();
      }
    }
  }

  /**
   * 一颗印章: what sealing adds to each document — a one-page notice laid out as the notices are, sealed with the
   * city bureau's seal (PAdES B-B, the visible seal), median of 50 after 20 to warm up.
   */
  void sealing(ConfigurableApplicationContext context) {
    cn.gov.oneseal.notice.PdfWriter writer = context.getBean(cn.gov.oneseal.notice.PdfWriter.class);
    cn.gov.oneseal.notice.DocumentSealing sealing = context.getBean(cn.gov.oneseal.notice.DocumentSealing.class);
    cn.gov.oneseal.notice.PdfWriter.Written notice = writer.layOut("受理通知书", List.of(
        "好味餐饮有限公司：", "你（单位）于2026年3月2日提出的食品经营许可申请，申请材料齐全、符合法定形式，本机关决定予以受理。",
        "本机关将于2026年3月10日前办结，法定期限至2026年3月16日。"), List.of("某市行政审批服务局（行政审批专用章）",
        "2026年3月2日", "办件编号：32050020260302C000001C", "文件编号：32050020260302C000001C-02　验证码：7KQ3XM2P"));
    long[] times = new long[50];
    for (int i = -20; i < times.length; i++) {
      long started = System.nanoTime();
      sealing.seal("city", notice, "受理通知书", new java.util.Date());
      if (i >= 0) {
        times[i] = System.nanoTime() - started;
      }
    }
    java.util.Arrays.sort(times);
    double median = millis(times[times.length / 2]);
    results.put("sealingPerDocumentMs", Map.of("value", round(median), "target", "<= 10", "met", median <= 10));
    row("sealing per document (PAdES B-B, visible seal)", round(median) + " ms (median of 50)", "<= 10 "
        + mark(median <= 10));

    // the electronic licence's OFD, rendered and sealed (SM2): the job after a grant, not the officer's step
    cn.gov.oneseal.seal.OfdLicence ofd = context.getBean(cn.gov.oneseal.seal.OfdLicence.class);
    cn.gov.oneseal.seal.OfdSealer ofdSealer = context.getBean(cn.gov.oneseal.seal.OfdSealer.class);
    cn.gov.oneseal.seal.BureauSeal seal = context.getBean(cn.gov.oneseal.seal.Seals.class).current("city");
    cn.gov.oneseal.seal.LicenceDocument licence = new cn.gov.oneseal.seal.LicenceDocument("JY13205000012345",
        "食品经营许可证", "好味餐饮有限公司", "91350100M000100Y43", List.of("许可事项：食品经营许可", "经营项目：餐饮服务",
        "场所地址：某市人民路1号", "办件编号：32050020260302C000001C"), "2026年3月2日", "2031年3月1日",
        "某市行政审批服务局", "2026年3月2日", "7KQ3XM2P", "http://localhost:8080/verify?n=X&c=7KQ3XM2P");
    long[] ofdTimes = new long[20];
    for (int i = -5; i < ofdTimes.length; i++) {
      long started = System.nanoTime();
      ofdSealer.seal(ofd.render(licence), seal);
      if (i >= 0) {
        ofdTimes[i] = System.nanoTime() - started;
      }
    }
    java.util.Arrays.sort(ofdTimes);
    double ofdMedian = millis(ofdTimes[ofdTimes.length / 2]);
    results.put("ofdLicenceMs", Map.of("value", round(ofdMedian)));
    row("electronic licence OFD rendered and sealed (a job after the grant)", round(ofdMedian) + " ms (median of 20)",
        "");
  }

  // ---------------------------------------------------------------- set-up

  ConfigurableApplicationContext application(String jdbcUrl) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ONESEAL_DB_URL", jdbcUrl);
    properties.put("ONESEAL_DB_USER", "postgres");
    properties.put("ONESEAL_DB_PASSWORD", "");
    properties.put("oneseal.data-dir", tempDir("oneseal-bench-data").toString());
    properties.put("spring.main.banner-mode", "off");
    // the context is closed here before the database; on Ctrl-C the database's own hook stops it first, and a
    // context closing after it would wait for a connection
    properties.put("spring.main.register-shutdown-hook", "false");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.org.camunda.bpm.engine.context", "OFF");
    properties.put("logging.level.org.apache.fontbox.ttf.CmapSubtable", "ERROR");
    properties.put("camunda.bpm.history-level", "full");
    // the test profile turns the job executor off; here it runs as in production
    properties.put("camunda.bpm.job-execution.enabled", "true");
    // the e-supervision sweep would run every minute in the middle of the measurements
    properties.put("oneseal.supervision.sweep-enabled", "false");
    // default properties give way to application.yaml; a free port must win over its server.port
    List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
    arguments.addAll(options.springArgs);
    long started = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(OneSealApplication.class)
        .profiles("postgres", "demo").properties(properties).run(arguments.toArray(String[]::new));
    results.put("contextStartSecondsPostgres", seconds(System.nanoTime() - started));
    return context;
  }

  void deployBareModels() {
    AbstractFlowNodeBuilder<?, ?> node = Bpmn.createExecutableProcess(USER_TASKS).camundaHistoryTimeToLive(3650)
        .startEvent("StartEvent_Bench");
    for (int i = 1; i <= 8; i++) {
      node = node.userTask("Task_Bench" + i).camundaCandidateGroups("window");
    }
    BpmnModelInstance userTasks = node.endEvent("EndEvent_Bench").done();
    var deployment = engine.getRepositoryService().createDeployment().name("benchmark (harness, not processes/)")
        .addModelInstance(USER_TASKS + ".bpmn", userTasks)
        .addModelInstance(INBOX + ".bpmn", Bpmn.createExecutableProcess(INBOX).camundaHistoryTimeToLive(3650)
            .startEvent("StartEvent_Bench").userTask("Task_Inbox").name("待办").camundaCandidateGroups("${group}")
            .camundaDueDate("${due}").camundaFollowUpDate("${followUp}").endEvent("EndEvent_Bench").done());
    for (String key : List.of(TIMER_PENDING, TIMER_STREAM, TIMER_BURST)) {
      deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
          .startEvent("StartEvent_Bench").intermediateCatchEvent("Timer_Due").timerWithDate("${dueAt}")
          .endEvent("EndEvent_Bench").done());
    }
    deployment.deploy();
    // the window starts the bare model as it registers an item's case (RoleSetup); its tasks' authorizations come from
    // their candidate group, as on the items
    Authorization start = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    start.setGroupId("window");
    start.setResource(Resources.PROCESS_DEFINITION);
    start.setResourceId(USER_TASKS);
    start.addPermission(ProcessDefinitionPermissions.READ);
    start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(start);
    // the inbox model's tasks are visible to their candidate groups only through the per-task authorizations the
    // engine writes, as the items' tasks are (officers have READ on every definition, READ_TASK on none: RoleSetup)
  }

  // ---------------------------------------------------------------- (a) and (b)

  void casesAndBareTasks() {
    String foodDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("FoodBusinessLicence").latestVersion().singleResult().getId();
    for (int i = 0; i < options.warmup; i++) {
      foodCase(foodDefinition);
      bareInstance("warm-" + i, 8);
    }
    steps.clear();
    long food = 0;
    long bare = 0;
    long foodTasks = 0;
    List<String> measured = new ArrayList<>();
    // alternating, so that the load of the other builds on the machine falls on both alike
    for (int i = 0; i < options.cases; i++) {
      long t0 = System.nanoTime();
      String caseNumber = foodCase(foodDefinition);
      food += System.nanoTime() - t0;
      measured.add(caseNumber);
      long t1 = System.nanoTime();
      bareInstance("bare-" + i, 8);
      bare += System.nanoTime() - t1;
    }
    realCases.addAll(measured);
    licencesIssued(measured);
    for (String caseNumber : measured) {
      foodTasks += jdbc.queryForObject("""
          select count(*) from act_hi_taskinst t join case_file c on c.process_instance_id = t.root_proc_inst_id_
          where c.case_number = ? and t.end_time_ is not null""", Long.class, caseNumber);
    }
    long timersCreated = jdbc.queryForObject("""
        select count(*) from act_hi_job_log l join case_file c on c.process_instance_id = l.root_proc_inst_id_
        where l.job_state_ = 0 and l.job_def_type_ like 'timer%%' and c.case_number in (%s)"""
        .formatted(measured.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","))), Long.class);
    long bareTasks = 8L * options.cases;
    double foodPerTask = millis(food) / foodTasks;
    double barePerTask = millis(bare) / bareTasks;
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("cases", options.cases);
    a.put("userTasks", foodTasks);
    a.put("timersCreated", timersCreated);
    a.put("seconds", seconds(food));
    a.put("casesPerSecond", round(options.cases / (food / 1e9)));
    a.put("msPerUserTask", round(foodPerTask));
    Map<String, Object> perStep = new LinkedHashMap<>();
    steps.forEach((name, nanos) -> perStep.put(name, round(millis(nanos) / options.cases)));
    a.put("msPerCaseByStep", perStep);
    results.put("a_foodCases", a);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("instances", options.cases);
    b.put("userTasks", bareTasks);
    b.put("seconds", seconds(bare));
    b.put("msPerUserTask", round(barePerTask));
    b.put("userTasksPerSecond", round(bareTasks / (bare / 1e9)));
    results.put("b_bareUserTasks", b);
    double ratio = foodPerTask / barePerTask;
    results.put("ab_overheadRatio", Map.of("value", round(ratio), "target", "<= 1.25", "met", ratio <= 1.25));
    row("(a) food cases end to end", round(options.cases / (food / 1e9)) + " cases/s", "");
    row("(a) time per user task", round(foodPerTask) + " ms (" + foodTasks + " tasks, " + timersCreated + " timers)", "");
    steps.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4).forEach(e ->
        row("(a)   of which " + e.getKey(), round(millis(e.getValue()) / options.cases) + " ms per case", ""));
    row("(b) bare model, per user task", round(barePerTask) + " ms (" + bareTasks + " tasks)", "");
    row("(a)/(b) overhead ratio", String.valueOf(round(ratio)), "<= 1.25 " + mark(ratio <= 1.25));
    databaseWork(foodDefinition);
  }

  /**
   * Where the time of (a) goes besides Java: the database work of one case against one bare instance, from
   * PostgreSQL's own counters (commits, each waiting for its fsync, and rows written), over a few more cases of each
   * kind run apart. A backend reports its counters when idle for up to ten seconds, hence the waits.
   */
  void databaseWork(String foodDefinition) {
    int n = Math.max(1, Math.min(10, options.cases));
    Map<String, Object> work = new LinkedHashMap<>();
    long[] before = databaseCounters();
    Map<String, Long> tablesBefore = rowsWrittenByTable();
    for (int i = 0; i < n; i++) {
      foodCase(foodDefinition);
    }
    long[] afterFood = databaseCounters();
    Map<String, Long> tablesAfterFood = rowsWrittenByTable();
    long[] food = minus(afterFood, before);
    for (int i = 0; i < n; i++) {
      bareInstance("bare-counted-" + i, 8);
    }
    long[] bare = minus(databaseCounters(), afterFood);
    Map<String, Long> tablesAfterBare = rowsWrittenByTable();
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
    results.put("ab_databaseWork", work);
    row("(a) database work per food case", perCase.get("commits") + " commits, " + perCase.get("rowsInserted")
        + " rows inserted, " + perCase.get("rowsUpdated") + " updated, " + perCase.get("rowsDeleted") + " deleted", "");
    byTable.entrySet().stream().limit(8).forEach(e -> row("(a)   rows written in " + e.getKey(),
        ((List<?>) e.getValue()).get(0) + " per food case, " + ((List<?>) e.getValue()).get(1) + " per bare instance", ""));
    row("(b) database work per bare instance", perBare.get("commits") + " commits, " + perBare.get("rowsInserted")
        + " rows inserted, " + perBare.get("rowsUpdated") + " updated, " + perBare.get("rowsDeleted") + " deleted", "");
  }

  /** The tables written between the two snapshots, most rows first. */
  static List<String> busiestTables(Map<String, Long> before, Map<String, Long> after, int limit) {
    return after.keySet().stream().filter(t -> written(after, before, t) > 0)
        .sorted((x, y) -> Long.compare(written(after, before, y), written(after, before, x))).limit(limit).toList();
  }

  static long written(Map<String, Long> after, Map<String, Long> before, String table) {
    return after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
  }

  /** Call after databaseCounters() (which waits for the backends to report). */
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

  long[] databaseCounters() {
    sleep(11_000);
    return jdbc.queryForObject("""
        select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_fetched from pg_stat_database
        where datname = current_database()""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
        rs.getLong(4), rs.getLong(5)});
  }

  static long[] minus(long[] a, long[] b) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] - b[i];
    }
    return r;
  }

  /**
   * The electronic licences of the measured cases, issued by the job executor after each grant (not timed with the
   * officers' steps): waits up to a minute for them and reports how many were issued.
   */
  void licencesIssued(List<String> cases) {
    String in = cases.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
    long issued = 0;
    for (int wait = 0; wait < 60; wait++) {
      issued = jdbc.queryForObject("select count(*) from case_notice where kind = 'LICENCE_OFD' and case_number in ("
          + in + ")", Long.class);
      if (issued == cases.size()) {
        break;
      }
      sleep(1000);
    }
    results.put("a_electronicLicencesIssued", Map.of("cases", cases.size(), "issued", issued));
    row("(a) electronic licences issued by the job after the grant", issued + " of " + cases.size(), "");
  }

  /** One food-licence case granted on the ordinary path and signed for, every task claimed and completed. */
  String foodCase(String foodDefinition) {
    String caseNumber = step("收件 register (start form)", () -> as("window1", () -> engine.getFormService()
        .submitStartForm(foodDefinition, Applications.food()).getBusinessKey()));
    complete("window1", caseNumber, "Task_AcceptApplication", null, Map.of("intakeDecision", "accept"));
    String group = step("(read survey participant options)", () -> {
      Task schedule = task(caseNumber, "Task_ScheduleSurvey", null);
      SpinJsonNode choices = (SpinJsonNode) engine.getTaskService().getVariable(schedule.getId(),
          "surveyParticipantOptions");
      return choices.elements().get(0).prop("value").stringValue();
    });
    String today = cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime()).toString();
    complete("surveylead1", caseNumber, "Task_ScheduleSurvey", null, Map.of("surveyDate", today,
        "surveyParticipants", Spin.JSON(List.of(group)), "surveyExperts", "",
        "applicantAppointment", "已电话预约，申请人法定代表人到场", "applicantNotified", true));
    String participant = participants.computeIfAbsent(group, g -> engine.getIdentityService().createUserQuery()
        .memberOfGroup(g).orderByUserId().asc().listPage(0, 1).get(0).getId());
    complete(participant, caseNumber, "Task_FileParticipantFindings", group,
        Map.of("participantOpinion", "agree", "participantFindings", "现场与申请材料一致"));
    complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", null, Map.of("surveyResult", "pass",
        "surveyStaff", "孙浩、钱多", "leadFindings", "场所布局与申请一致", "applicantConfirmed", true));
    complete("reviewer1", caseNumber, "Task_ReviewApplication", null,
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    complete("decider1", caseNumber, "Task_DecideApplication", null,
        Map.of("decision", "grant", "decisionOpinion", "准予"));
    complete("window1", caseNumber, "Task_IssueLicence", null, Map.of("deliveryMethod", "WINDOW", "delivered", true));
    complete("samr1", caseNumber, "Task_SignForDecision", null, Map.of("signedFor", true));
    return caseNumber;
  }

  /** Times one step of the food walk (claim and completion of a task, or the registration) by its name. */
  <T> T step(String name, Supplier<T> action) {
    long t = System.nanoTime();
    try {
      return action.get();
    } finally {
      steps.merge(name, System.nanoTime() - t, Long::sum);
    }
  }

  /**
   * The bare counterpart: the same walk (find the task, claim, complete) through plain user tasks, as the logged-in
   * officer window1 like the food case, so that the engine's own cost of an officer (authorization checks, the user
   * operation log) falls on both.
   */
  void bareInstance(String businessKey, int tasks) {
    as("window1", () -> {
      String instance = engine.getRuntimeService().startProcessInstanceByKey(USER_TASKS, businessKey).getId();
      for (int i = 0; i < tasks; i++) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        engine.getTaskService().claim(task.getId(), "window1");
        engine.getTaskService().complete(task.getId());
      }
      return null;
    });
  }

  Task task(String caseNumber, String taskDefinitionKey, String candidateGroup) {
    TaskQuery query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskDefinitionKey);
    if (candidateGroup != null) {
      query.taskCandidateGroup(candidateGroup);
    }
    Task task = query.singleResult();
    if (task == null) {
      throw new IllegalStateException("case " + caseNumber + " has no open task " + taskDefinitionKey);
    }
    return task;
  }

  /** As Tasklist does it for a logged-in officer: find the task, claim it, submit its form. */
  void complete(String userId, String caseNumber, String taskDefinitionKey, String group, Map<String, Object> form) {
    step(taskDefinitionKey, () -> as(userId, () -> {
      Task task = task(caseNumber, taskDefinitionKey, group);
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getFormService().submitTaskForm(task.getId(), form);
      return null;
    }));
  }

  /** Runs the action as the officer, with groups and bureaus read once (a webapp session reads them at login). */
  @SuppressWarnings("unchecked")
  <T> T as(String userId, Supplier<T> action) {
    List<String>[] identity = identities.computeIfAbsent(userId, u -> new List[] {
        engine.getIdentityService().createGroupQuery().groupMember(u).list().stream().map(g -> g.getId()).toList(),
        engine.getIdentityService().createTenantQuery().userMember(u).includingGroupsOfUser(true).list().stream()
            .map(t -> t.getId()).toList()});
    engine.getIdentityService().setAuthentication(userId, identity[0], identity[1]);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---------------------------------------------------------------- (c) timers

  void timers() throws Exception {
    Map<String, Object> c = new LinkedHashMap<>();
    results.put("c_timers", c);
    // N timers pending, due over the next two months (the deadlines of the open cases)
    long now = System.currentTimeMillis();
    long t0 = System.nanoTime();
    inBatches(options.timers, i -> start(TIMER_PENDING, Map.of("dueAt",
        new Date(now + 86_400_000L + ThreadLocalRandom.current().nextLong(60L * 86_400_000L)))));
    double createRate = options.timers / ((System.nanoTime() - t0) / 1e9);
    c.put("pending", options.timers);
    c.put("pendingCreatedPerSecond", round(createRate));
    row("(c) timers pending", options.timers + " (created at " + round(createRate) + " instances/s)", "");

    // (c1) a steady stream: one timer every 1/rate s from T0, created in advance with a margin for the creation
    int stream = options.streamRate * options.streamSeconds;
    long margin = (long) (stream / Math.max(createRate, 50) * 1500) + 10_000;
    long streamStart = System.currentTimeMillis() + margin;
    inBatches(stream, i -> start(TIMER_STREAM, Map.of("dueAt", new Date(streamStart + i * 1000L / options.streamRate))));
    boolean overran = System.currentTimeMillis() > streamStart;
    waitForJobs(TIMER_STREAM, streamStart + options.streamSeconds * 1000L + 120_000);
    List<long[]> streamLog = successes("process_def_key_ = '" + TIMER_STREAM + "'");
    double[] lateness = streamLog.stream().mapToDouble(r -> (r[2] - r[1]) / 1000.0).sorted().toArray();
    long duplicates = duplicates(TIMER_STREAM);
    Map<String, Object> c1 = new LinkedHashMap<>();
    c1.put("timers", stream);
    c1.put("ratePerSecond", options.streamRate);
    c1.put("fired", streamLog.size());
    c1.put("latenessMedianSeconds", round(percentile(lateness, 50)));
    c1.put("latenessP99Seconds", round(percentile(lateness, 99)));
    c1.put("latenessMaxSeconds", round(percentile(lateness, 100)));
    c1.put("duplicates", duplicates);
    c1.put("creationOverranStart", overran);
    c1.put("targets", "median < 2 s, p99 < 10 s, 0 duplicates, all fired");
    boolean c1Met = percentile(lateness, 50) < 2 && percentile(lateness, 99) < 10 && duplicates == 0
        && streamLog.size() == stream;
    c1.put("met", c1Met);
    c.put("c1_steadyStream", c1);
    row("(c1) stream " + options.streamRate + "/s, lateness median", round(percentile(lateness, 50)) + " s", "< 2 s "
        + mark(percentile(lateness, 50) < 2));
    row("(c1) lateness p99 / max", round(percentile(lateness, 99)) + " s / " + round(percentile(lateness, 100))
        + " s", "< 10 s " + mark(percentile(lateness, 99) < 10));
    row("(c1) fired / duplicates", streamLog.size() + "/" + stream + " / " + duplicates, "all, 0 "
        + mark(streamLog.size() == stream && duplicates == 0) + (overran ? " (creation overran the start!)" : ""));

    // (c2) a burst on the bare model, then the same number of the bureau's own deemed-acceptance timers
    Map<String, Object> bare = burstBare();
    Map<String, Object> bureau = burstBureau();
    c.put("c2_burstBare", bare);
    c.put("c2_burstBureau", bureau);
    double ratio = (double) bureau.get("jobsPerSecond") / (double) bare.get("jobsPerSecond");
    c.put("c2_burstRatio", Map.of("value", round(ratio), "target", ">= 0.9", "met", ratio >= 0.9));
    row("(c2) burst " + options.burst + " bare: drain / rate", bare.get("drainSeconds") + " s / "
        + bare.get("jobsPerSecond") + " jobs/s", "");
    row("(c2) burst bureau (deemed acceptance)", bureau.get("drainSeconds") + " s / " + bureau.get("jobsPerSecond")
        + " jobs/s", "");
    row("(c2) burst ratio bureau/bare", String.valueOf(round(ratio)), ">= 0.9 " + mark(ratio >= 0.9));
    row("(c2) rows written per job: bare / bureau", bare.get("rowsWrittenPerJob") + " / "
        + bureau.get("rowsWrittenPerJob") + " (bureau: " + bureau.get("rowsWrittenPerJobByTable") + ")", "");
  }

  Map<String, Object> burstBare() throws Exception {
    long margin = (long) (options.burst / 100.0 * 1000) + 15_000;
    long due = System.currentTimeMillis() + margin;
    inBatches(options.burst, i -> start(TIMER_BURST, Map.of("dueAt", new Date(due))));
    return burst("process_def_key_ = '" + TIMER_BURST + "'", due, options.burst,
        () -> waitForJobs(TIMER_BURST, due + 600_000), () -> duplicates(TIMER_BURST));
  }

  /**
   * The bureau's own deadline timer: food cases registered and left at 受理审查, whose five-working-day timer
   * (视为受理: the case is accepted, the notice issued, the clock started) is then set due at one instant.
   */
  Map<String, Object> burstBureau() throws Exception {
    String foodDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("FoodBusinessLicence").latestVersion().singleResult().getId();
    inBatches(options.burst, i -> as("window1", () -> engine.getFormService().submitStartForm(foodDefinition,
        Applications.food())));
    List<String> jobs = engine.getManagementService().createJobQuery().timers().activityId(DEEMED_ACCEPTANCE).list()
        .stream().map(Job::getId).toList();
    long margin = (long) (jobs.size() / 100.0 * 1000) + 15_000;
    long due = System.currentTimeMillis() + margin;
    inBatches(jobs.size(), i -> engine.getManagementService().setJobDuedate(jobs.get(i), new Date(due)));
    return burst("act_id_ = '" + DEEMED_ACCEPTANCE + "'", due, jobs.size(), () -> {
      long deadline = due + 900_000;
      while (System.currentTimeMillis() < deadline
          && engine.getManagementService().createJobQuery().timers().activityId(DEEMED_ACCEPTANCE).count() > 0) {
        sleep(500);
      }
    }, () -> jdbc.queryForObject("""
        select count(*) from (select job_id_ from act_hi_job_log where act_id_ = ? and job_state_ = 2
        group by job_id_ having count(*) > 1) d""", Long.class, DEEMED_ACCEPTANCE));
  }

  Map<String, Object> burst(String where, long due, int count, Runnable drain, Supplier<Long> duplicates) {
    // the database work of the jobs (counted around the drain, as for (a) and (b))
    long[] before = databaseCounters();
    Map<String, Long> tablesBefore = rowsWrittenByTable();
    boolean countedBeforeDue = System.currentTimeMillis() < due;
    drain.run();
    long[] work = minus(databaseCounters(), before);
    Map<String, Long> tablesAfter = rowsWrittenByTable();
    List<long[]> log = successes(where + " and job_duedate_ = '" + new Timestamp(due) + "'");
    long first = log.stream().mapToLong(r -> r[2]).min().orElse(due);
    long last = log.stream().mapToLong(r -> r[2]).max().orElse(due);
    long failures = jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1 and " + where,
        Long.class);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("timers", count);
    m.put("fired", log.size());
    m.put("failedAttempts", failures);
    m.put("duplicates", duplicates.get());
    m.put("firstFiredAfterSeconds", round((first - due) / 1000.0));
    m.put("drainSeconds", round((last - due) / 1000.0));
    // the rate between the first and the last firing: the acquisition's idle wait before the first is excluded
    m.put("jobsPerSecond", round(log.size() / Math.max(0.001, (last - first) / 1000.0)));
    int jobs = Math.max(1, log.size());
    m.put("rowsWrittenPerJob", round((double) (work[1] + work[2] + work[3]) / jobs));
    Map<String, Object> byTable = new LinkedHashMap<>();
    busiestTables(tablesBefore, tablesAfter, 10)
        .forEach(t -> byTable.put(t, round((double) written(tablesAfter, tablesBefore, t) / jobs)));
    m.put("rowsWrittenPerJobByTable", byTable);
    m.put("workCountedBeforeTheDueInstant", countedBeforeDue);
    return m;
  }

  /** Job id, due date and time of every successful execution of the matching jobs. */
  List<long[]> successes(String where) {
    return jdbc.query("select job_id_, job_duedate_, timestamp_ from act_hi_job_log where job_state_ = 2 and "
        + where, (rs, i) -> new long[] {0, rs.getTimestamp(2).getTime(), rs.getTimestamp(3).getTime()});
  }

  /** Timers of the model that fired more than once: two successes of one job, or two passes of one instance. */
  long duplicates(String processKey) {
    return jdbc.queryForObject("""
        select (select count(*) from (select job_id_ from act_hi_job_log where process_def_key_ = ? and job_state_ = 2
                group by job_id_ having count(*) > 1) j)
             + (select count(*) from (select proc_inst_id_ from act_hi_actinst where proc_def_key_ = ?
                and act_id_ = 'Timer_Due' group by proc_inst_id_ having count(*) > 1) a)""",
        Long.class, processKey, processKey);
  }

  void waitForJobs(String processKey, long deadline) {
    while (System.currentTimeMillis() < deadline
        && engine.getManagementService().createJobQuery().processDefinitionKey(processKey).count() > 0) {
      sleep(500);
    }
  }

  void start(String processKey, Map<String, Object> variables) {
    engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
  }

  /** Runs the action for 0..total-1 in transactions of {@code --batch} on {@code --threads} threads. */
  void inBatches(int total, IntConsumer action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int from = 0; from < total; from += options.batch) {
        int start = from;
        int end = Math.min(total, from + options.batch);
        futures.add(pool.submit(() -> tx.executeWithoutResult(s -> {
          for (int i = start; i < end; i++) {
            action.accept(i);
          }
        })));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  // ---------------------------------------------------------------- (d) queries

  void queries() throws Exception {
    Map<String, Object> d = new LinkedHashMap<>();
    results.put("d_queries", d);
    long now = System.currentTimeMillis();
    long t0 = System.nanoTime();
    // open tasks: instances of a one-task model, spread over four officer groups, due over the next 30 days
    inBatches(options.tasks, i -> {
      long due = now + 3_600_000L + ThreadLocalRandom.current().nextLong(30L * 86_400_000L);
      start(INBOX, Map.of("group", INBOX_GROUPS[i % INBOX_GROUPS.length], "due", new Date(due),
          "followUp", new Date(due - 2L * 86_400_000L)));
    });
    d.put("openTasksCreatedPerSecond", round(options.tasks / ((System.nanoTime() - t0) / 1e9)));
    long t1 = System.nanoTime();
    HistoryVolume.insert(jdbc, tx, engine, applicantNames, options.historyRows);
    d.put("historyRowsInsertSeconds", seconds(System.nanoTime() - t1));
    jdbc.execute("analyze");
    Map<String, Object> volume = new LinkedHashMap<>();
    for (String table : List.of("act_ru_task", "act_ru_job", "act_hi_actinst", "act_hi_taskinst", "act_hi_procinst",
        "act_hi_varinst", "act_hi_detail", "case_file")) {
      volume.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    d.put("volume", volume);
    row("(d) volume", "open tasks " + volume.get("act_ru_task") + ", act_hi_actinst " + volume.get("act_hi_actinst")
        + ", case_file " + volume.get("case_file"), "100 000 / 1 000 000");

    List<String> syntheticNumbers = jdbc.queryForList(
        "select case_number from case_file where case_number like '" + HistoryVolume.PREFIX + "%' limit 1000",
        String.class);
    List<String> numbers = syntheticNumbers.isEmpty() ? realCases : syntheticNumbers;
    int applicants = Math.max(1, Math.min(HistoryVolume.APPLICANTS, options.historyRows / HistoryVolume.ACTIVITIES_PER_CASE));
    inboxQueries(d, "", "");
    measure(d, "caseSearchByNumber", "case search by number", "< 50 ms", () -> caseHistory.search(
        CaseSearch.all().withCaseNumber(numbers.get(ThreadLocalRandom.current().nextInt(numbers.size())))));
    measure(d, "caseSearchByApplicant", "case search by applicant name", "< 50 ms", () -> caseHistory.search(
        new CaseSearch(null, HistoryVolume.applicant(ThreadLocalRandom.current().nextInt(applicants)),
            null, null, null, null, null, null, 0, 20)));
    if (!realCases.isEmpty()) {
      measure(d, "timeline", "one case's timeline (CaseHistory.timeline)", "", () -> caseHistory.timeline(
          realCases.get(ThreadLocalRandom.current().nextInt(realCases.size()))));
    }
    candidateIndexes(d);
  }


  void inboxQueries(Map<String, Object> d, String variant, String suffix) {
    measure(d, "groupInbox" + suffix, "group inbox by due date (page 15 + count)" + variant, "< 50 ms", () -> as("window1", () -> {
      TaskQuery q = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(identities.get("window1")[0])
          .taskUnassigned();
      q.orderByDueDate().asc().listPage(0, 15);
      return q.count();
    }));
    // the same without an authenticated user: no authorization or tenant check; the difference is their cost
    measure(d, "groupInboxWithoutAuthorization" + suffix, "group inbox, no authorization check" + variant, "", () -> {
      TaskQuery q = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(identities.get("window1")[0])
          .taskUnassigned();
      q.orderByDueDate().asc().listPage(0, 15);
      return q.count();
    });
    measure(d, "dueSoon" + suffix, "due soon (follow-up reached, page 15 + count)" + variant, "", () -> as("window1", () -> {
      Date at = new Date();
      TaskQuery q = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(identities.get("window1")[0])
          .includeAssignedTasks().followUpBefore(at).dueAfter(at);
      q.orderByDueDate().asc().listPage(0, 15);
      return q.count();
    }));
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

  void measure(Map<String, Object> d, String key, String label, String target, Supplier<?> query) {
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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", ms.length);
    m.put("p50Ms", round(percentile(ms, 50)));
    m.put("p95Ms", round(percentile(ms, 95)));
    m.put("maxMs", round(percentile(ms, 100)));
    if (!target.isEmpty()) {
      m.put("target", "p95 " + target);
      m.put("met", percentile(ms, 95) < 50);
    }
    d.put(key, m);
    row("(d) " + label, "p50 " + round(percentile(ms, 50)) + " ms, p95 " + round(percentile(ms, 95)) + " ms",
        target.isEmpty() ? "" : "p95 " + target + " " + mark(percentile(ms, 95) < 50));
  }

  // ---------------------------------------------------------------- (e) start-up on H2

  void startup() throws Exception {
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path data = tempDir("oneseal-bench-h2");
    Path log = Path.of("target", "benchmark", "startup.log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-cp", classpath,
        OneSealApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("ONESEAL_DATA_DIR", data.toString());
    long started = System.nanoTime();
    Process process = builder.start();
    double secs = -1;
    try {
      long deadline = System.currentTimeMillis() + options.startupTimeoutSeconds * 1000L;
      while (System.currentTimeMillis() < deadline && process.isAlive()) {
        if (healthUp(port)) {
          secs = (System.nanoTime() - started) / 1e9;
          break;
        }
        sleep(100);
      }
    } finally {
      process.destroy();
      process.waitFor();
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("secondsToHealthUp", secs < 0 ? null : round(secs));
    e.put("database", "H2 (fresh file database, profile demo)");
    e.put("log", log.toString());
    results.put("e_startup", e);
    row("(e) start-up to /actuator/health UP (H2, fresh)", secs < 0 ? "FAILED, see " + log : round(secs) + " s", "");
  }

  static boolean healthUp(int port) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/actuator/health").toURL()
          .openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      if (c.getResponseCode() != 200) {
        return false;
      }
      return new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("\"UP\"");
    } catch (Exception e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- report

  Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", java.time.OffsetDateTime.now().toString());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      m.put("memoryGiB", round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024));
    }
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("loadAverageAtStart", loadAverage());
    return m;
  }

  @SuppressWarnings("unchecked")
  void machinePostgres() {
    Map<String, Object> m = (Map<String, Object>) results.get("machine");
    m.put("postgresql", jdbc.queryForObject("show server_version", String.class));
    m.put("postgresqlFsync", jdbc.queryForObject("show fsync", String.class));
    m.put("postgresqlSynchronousCommit", jdbc.queryForObject("show synchronous_commit", String.class));
    m.put("historyLevel", engine.getManagementService().getHistoryLevel());
    var jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getJobExecutor();
    Map<String, Object> je = new LinkedHashMap<>();
    je.put("active", jobExecutor.isActive());
    je.put("maxJobsPerAcquisition", jobExecutor.getMaxJobsPerAcquisition());
    je.put("waitTimeInMillis", jobExecutor.getWaitTimeInMillis());
    je.put("maxWait", jobExecutor.getMaxWait());
    je.put("lockTimeInMillis", jobExecutor.getLockTimeInMillis());
    m.put("jobExecutor", je);
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "n/a";
    }
  }

  void report() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> machine = (Map<String, Object>) results.get("machine");
    machine.put("loadAverageAtEnd", loadAverage());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path json = Path.of("target", "benchmark", "results-" + stamp + ".json");
    Files.createDirectories(json.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    int w0 = table.stream().mapToInt(r -> r[0].length()).max().orElse(10);
    int w1 = table.stream().mapToInt(r -> r[1].length()).max().orElse(10);
    StringBuilder out = new StringBuilder("\nOneSeal benchmark (issue #11) — " + machine.get("date") + ", "
        + machine.get("cores") + " cores, " + machine.get("memoryGiB") + " GiB, " + machine.get("java")
        + (machine.containsKey("postgresql") ? ", PostgreSQL " + machine.get("postgresql") + " (fsync "
            + machine.get("postgresqlFsync") + ", synchronous_commit " + machine.get("postgresqlSynchronousCommit")
            + ")" : "") + ", load " + machine.get(
            "loadAverageAtStart") + " → " + machine.get("loadAverageAtEnd") + "\n\n");
    out.append(String.format("%-" + w0 + "s | %-" + w1 + "s | %s%n", "measurement", "figure", "target"));
    out.append("-".repeat(w0 + w1 + 20)).append('\n');
    for (String[] r : table) {
      out.append(String.format("%-" + w0 + "s | %-" + w1 + "s | %s%n", r[0], r[1], r[2]));
    }
    out.append("\nJSON: ").append(json.toAbsolutePath()).append('\n');
    System.out.println(out);
  }

  void row(String measurement, String figure, String target) {
    table.add(new String[] {measurement, figure, target});
    System.out.println("[benchmark] " + measurement + ": " + figure + (target.isEmpty() ? "" : "  (target " + target + ")"));
  }

  static String mark(boolean met) {
    return met ? "met" : "NOT met";
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  static double millis(long nanos) {
    return nanos / 1e6;
  }

  static double seconds(long nanos) {
    return round(nanos / 1e9);
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Path tempDir(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      dir.toFile().deleteOnExit();
      return dir;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
