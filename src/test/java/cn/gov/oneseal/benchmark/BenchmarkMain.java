package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.OneSealApplication;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.casefile.ApplicantNameGrams;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
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
  ProcessEngine engine;
  JdbcTemplate jdbc;
  TransactionTemplate tx;
  CaseHistory caseHistory;
  ApplicantNameGrams applicantNames;
  final Map<String, List<String>[]> identities = new HashMap<>();
  final List<String> realCases = new ArrayList<>();
  final IssueTargets targets = new IssueTargets();
  final RunReport report = new RunReport(results);
  /** Statement times and issued documents of the application started by {@link #application} (in this JVM). */
  final Instrumentation instrumentation = new Instrumentation();

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
    results.put("machine", report.machine());
    results.put("options", options.asMap());
    if (options.runs("e")) {
      try {
        new Startups(this).run();
      } catch (Exception | AssertionError failed) {
        // e.g. the bare starter did not build (its log is named): the other parts still run
        results.put("e_failed", String.valueOf(failed));
        row("(e) start-up", "FAILED: " + failed, "");
        failed.printStackTrace();
      }
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
    report.print(targets);
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
        report.machinePostgres(engine, jdbc);
        BareModels.deploy(engine);
        if (options.runs("ab")) {
          CaseWalks walks = new CaseWalks(this);
          walks.casesAndBareTasks();
          walks.sealing(context);
        }
        if (options.runs("c")) {
          new TimerRuns(this).timers();
        }
        if (options.runs("d")) {
          new VolumeQueries(this).queries();
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
        .profiles("postgres", "demo").properties(properties)
        .initializers(c -> c.getBeanFactory().addBeanPostProcessor(instrumentation))
        .run(arguments.toArray(String[]::new));
    results.put("contextStartSecondsPostgres", seconds(System.nanoTime() - started));
    return context;
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

  void row(String measurement, String figure, String target) {
    report.row(measurement, figure, target);
  }

  static String mark(boolean met) {
    return met ? "met" : "NOT met";
  }

  static String loadAverage() {
    return RunReport.loadAverage();
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
