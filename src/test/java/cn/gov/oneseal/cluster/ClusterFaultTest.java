package cn.gov.oneseal.cluster;

import static cn.gov.oneseal.cluster.ClusterNode.json;
import static cn.gov.oneseal.cluster.ClusterNode.pause;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cn.gov.oneseal.support.StubHttpReceiver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * Two OneSeal nodes (two JVMs, {@link ClusterNode}) on one PostgreSQL (embedded, from Maven Central binaries,
 * with {@code fsync} and {@code synchronous_commit} on), the engine's shared-database cluster: the job executor
 * runs on both, not deployment-aware, with a lock time of {@value #LOCK_MILLIS} ms. The test model
 * {@code ClusterProbe} (deployed through /engine-rest by the administrator) waits on a timer, then runs one
 * service task that leaves a trace outside the database and takes a while ({@link ClusterProbe}). What the
 * bureau would notice is checked in the shared database's history and through the nodes' REST API: every timer
 * fires once, every case ends once, a case registered on one node is worked on the other, and neither a node
 * killed with SIGKILL nor a database stopped or crashed mid-run loses or doubles anything — the outbox's texts
 * included (each sent through the nodes' SMS channel to a provider stub, every key taken, each message sent once). Run once (tag {@value #TAG}, not
 * {@code database}); the nodes' and the database's logs are in {@code target/cluster-logs}.
 */
@Tag(ClusterFaultTest.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultTest {

  static final String TAG = "cluster";
  static final int LOCK_MILLIS = 5000;
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(150);

  static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ClusterProbe"
          targetNamespace="http://oneseal.gov.cn/bpmn">
        <bpmn:process id="ClusterProbe" name="集群测试" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Probe"/>
          <bpmn:sequenceFlow id="Flow_ToTimer" sourceRef="StartEvent_Probe" targetRef="Timer_Due"/>
          <bpmn:intermediateCatchEvent id="Timer_Due">
            <bpmn:timerEventDefinition><bpmn:timeDate>${due}</bpmn:timeDate></bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_ToWork" sourceRef="Timer_Due" targetRef="Task_Work"/>
          <bpmn:serviceTask id="Task_Work" camunda:expression="${clusterProbe.work(execution)}"/>
          <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Work" targetRef="EndEvent_Done"/>
          <bpmn:endEvent id="EndEvent_Done"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private Path dataDirectory;
  private int databasePort;
  private EmbeddedPostgres postgres;
  private Path effects;
  private ClusterNode a;
  private ClusterNode b;
  private String caseNumber;
  private String surveyTaskId;
  /** The SMS provider both nodes send the outbox's texts to: slow (every text is in flight a while), keeps each
   * OutId (the message key) once, as a receiver that honours the key. */
  private StubHttpReceiver smsProvider;
  private final Map<String, Integer> textsTaken = new ConcurrentHashMap<>();

  @BeforeAll
  void startCluster() throws Exception {
    Files.createDirectories(ClusterNode.LOGS);
    dataDirectory = Files.createTempDirectory("oneseal-cluster-pg");
    databasePort = ClusterNode.freePort();
    postgres = startPostgres();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database oneseal encoding 'UTF8' template template0");
    }
    smsProvider = new StubHttpReceiver(request -> {
      pause(Duration.ofMillis(300));
      String outId = StubHttpReceiver.queryOf(request.uri()).get("OutId");
      textsTaken.merge(outId, 1, Integer::sum);
      return new StubHttpReceiver.Answer(200, "{\"Code\":\"OK\",\"Message\":\"OK\"}");
    });
    effects = ClusterNode.LOGS.resolve("effects.txt").toAbsolutePath();
    Files.deleteIfExists(effects);
    Map<String, String> environment = Map.of(
        "ONESEAL_DB_URL", "jdbc:postgresql://localhost:" + databasePort + "/oneseal",
        "ONESEAL_DB_USER", "postgres",
        "ONESEAL_DB_PASSWORD", "");
    List<String> arguments = List.of(
        "--spring.profiles.active=demo,postgres",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.deployment-aware=false",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
        // quick acquisition: an idle or failing acquisition waits at most 2 s (default 60 s)
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=2000",
        "--spring.main.sources=" + ClusterProbe.class.getName(),
        "--" + ClusterProbe.EFFECTS + "=" + effects,
        // the outbox's texts go to the test's provider stub (阿里云 SendSms protocol)
        "--oneseal.sms.provider=ALIYUN",
        "--oneseal.sms.aliyun.endpoint=" + smsProvider.url(),
        "--oneseal.sms.aliyun.access-key-id=cluster",
        "--oneseal.sms.aliyun.access-key-secret=cluster",
        "--oneseal.sms.aliyun.template-notice=SMS_1");
    a = new ClusterNode("node-a", environment, arguments);
    b = new ClusterNode("node-b", environment, arguments);
    // one after the other: the first creates the schema (Flyway), the demo officers and the deployment
    System.out.printf("cluster: node-a ready in %d s%n", a.start().toSeconds());
    System.out.printf("cluster: node-b ready in %d s%n", b.start().toSeconds());
    HttpResponse<String> deployed = a.deploy("admin", "cluster-probe.bpmn", MODEL);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  @AfterAll
  void stopCluster() throws IOException {
    try {
      if (a != null) {
        a.close();
      }
      if (b != null) {
        b.close();
      }
    } finally {
      if (postgres != null) {
        postgres.close();
      }
      if (smsProvider != null) {
        smsProvider.close();
      }
      if (dataDirectory != null) {
        FileSystemUtils.deleteRecursively(dataDirectory);
      }
    }
  }

  @Test
  @Order(1)
  void aBatchOfTimersFiresExactlyOnceAcrossBothNodes() throws Exception {
    assertThat(setting("fsync")).isEqualTo("on");
    assertThat(setting("synchronous_commit")).isEqualTo("on");

    int count = 200;
    long began = System.currentTimeMillis();
    startBatch("a-", count, 50);
    Duration drained = awaitEnded("a-", count);
    System.out.printf("cluster (a): %d timers fired and ended %d ms after they fell due%n", count, drained.toMillis());

    assertEveryInstanceRanOnce("a-", count);
    Map<String, Long> byNode = query("""
        select j.hostname_, count(*) from act_hi_job_log j join act_hi_procinst p on p.id_ = j.process_instance_id_
        where p.business_key_ like 'a-%' and j.job_state_ = 2 group by j.hostname_""");
    System.out.printf("cluster (a): timers executed per node %s (batch started %d ms before)%n", byNode,
        System.currentTimeMillis() - began);
    assertThat(byNode).as("both nodes executed timers").containsOnlyKeys("node-a", "node-b");
    assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(count);
    // no fault, so the outside trace is single as well
    assertThat(effectsPerInstance("a-").values()).hasSize(count).allMatch(n -> n == 1);
  }

  @Test
  @Order(2)
  void aCaseRegisteredOnOneNodeIsWorkedOnTheOther() {
    caseNumber = a.registerFoodCase("城东便利店");
    b.accept("window2", caseNumber);
    surveyTaskId = onlyTask(a, "surveylead1");
  }

  @Test
  @Order(3)
  void theDatabaseRestartedMidRunLosesAndDoublesNothing() throws Exception {
    int count = 150;
    startBatch("c-", count, 1000, true);
    // an orderly stop (pg_ctl stop -m fast: the sessions are ended), then a crash (immediate shutdown: no
    // checkpoint, the next start replays the write-ahead log)
    outage("c-", count, count / 5, false);
    Timestamp back = outage("c-", count, count * 3 / 5, true);
    long restarted = System.nanoTime();

    awaitEnded("c-", count);
    System.out.printf("cluster (c): every instance ended %d ms after the database was back%n",
        Duration.ofNanos(System.nanoTime() - restarted).toMillis());
    assertEveryInstanceRanOnce("c-", count);
    assertThat(query("select j.hostname_, count(*) from act_hi_job_log j join act_hi_procinst p "
        + "on p.id_ = j.process_instance_id_ where p.business_key_ like 'c-%' and j.job_state_ = 2 "
        + "and j.timestamp_ > ? group by j.hostname_", back))
        .as("both job executors resumed after the outages").containsOnlyKeys("node-a", "node-b");
    Map<String, Long> traces = effectsPerInstance("c-");
    assertThat(traces).hasSize(count);
    System.out.printf("cluster (c): outside traces repeated for %d instances (jobs rolled back by the outages)%n",
        traces.values().stream().filter(n -> n > 1).count());

    // both nodes serve the officers again, and the case is where it was
    assertThat(onlyTask(b, "surveylead1")).isEqualTo(surveyTaskId);
    assertThat(onlyTask(a, "surveylead1")).isEqualTo(surveyTaskId);
    assertEveryTextSentOnce("c-", count);
  }

  @Test
  @Order(4)
  void aNodeKilledMidRunLeavesItsJobsToTheOther() throws Exception {
    String deadOwner = b.lockOwner();
    int count = 150;
    startBatch("b-", count, 1000, true);
    await(() -> ended("b-") >= count / 5 && locksHeldBy(deadOwner).size() > 0,
        "a fifth of batch b ended while node-b holds jobs");

    long killed = System.nanoTime();
    b.kill();
    Set<String> orphaned = locksHeldBy(deadOwner);
    long endedBefore = ended("b-");
    System.out.printf("cluster (b): node-b killed (SIGKILL) with %d of %d ended, holding %d locked jobs%n",
        endedBefore, count, orphaned.size());
    assertThat(orphaned).as("jobs locked by the killed node").isNotEmpty();

    await(() -> jobsDoneBy("node-a", orphaned) == orphaned.size(), "node-a took over node-b's jobs");
    System.out.printf("cluster (b): node-a finished node-b's locked jobs %d ms after the kill (lock time %d ms)%n",
        Duration.ofNanos(System.nanoTime() - killed).toMillis(), LOCK_MILLIS);
    awaitEnded("b-", count);
    System.out.printf("cluster (b): every instance ended %d ms after the kill%n",
        Duration.ofNanos(System.nanoTime() - killed).toMillis());
    assertThat(endedBefore).as("node-b died mid-run").isLessThan(count);
    assertEveryInstanceRanOnce("b-", count);

    // the trace outside the database is at least once: it repeats for the jobs the dead node held and, on a loaded
    // machine, for jobs whose commit lost an optimistic-locking race and was retried — the database, above, has
    // every instance exactly once
    Map<String, Long> traces = effectsPerInstance("b-");
    assertThat(traces).hasSize(count);
    Set<String> repeated = traces.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> ofTheDeadNode = instancesOf(orphaned);
    System.out.printf("cluster (b): outside traces repeated for %d instances, %d of them held by the dead node%n",
        repeated.size(), repeated.stream().filter(ofTheDeadNode::contains).count());

    assertThat(onlyTask(a, "surveylead1")).isEqualTo(surveyTaskId);
    assertThat(a.finishedTasks(caseNumber)).as("the intake was completed once").isEqualTo(1);
    assertEveryTextSentOnce("b-", count);
  }

  // --- the outbox --------------------------------------------------------------------------------------------

  /**
   * Every instance's text (put in the outbox by its work) is recorded as sent once, and the provider took each key:
   * none lost; sent twice only where a node died or the database went away between the provider's answer and the
   * commit — the same key again, which a provider that honours it keeps once.
   */
  private void assertEveryTextSentOnce(String prefix, int count) throws SQLException {
    await(() -> {
      try {
        return query("select state, count(*) from outbox_message where message_key like ? group by state",
            "Probe-" + prefix + "%").equals(Map.of("SENT", (long) count));
      } catch (SQLException e) {
        return false;
      }
    }, "all " + count + " texts of batch " + prefix + " sent");
    Set<String> taken = textsTaken.keySet().stream().filter(k -> k.startsWith("Probe-" + prefix))
        .collect(Collectors.toSet());
    assertThat(taken).as("the provider got every text").hasSize(count);
    long again = textsTaken.entrySet().stream().filter(e -> e.getKey().startsWith("Probe-" + prefix))
        .mapToLong(e -> e.getValue() - 1).sum();
    System.out.printf("cluster (%s): %d texts sent, %d sent again with the same key%n", prefix, count, again);
    assertThat(query("select message_key, count(*) from outbox_message where message_key like ? "
        + "group by message_key", "Probe-" + prefix + "%")).hasSize(count).allSatisfy((k, n) ->
            assertThat(n).as(k).isEqualTo(1));
  }

  // --- the batch -------------------------------------------------------------------------------------------

  /** Starts {@code count} instances (business keys prefix1…), half on each node, all due at the same instant. */
  private void startBatch(String prefix, int count, int workMillis) throws Exception {
    startBatch(prefix, count, workMillis, false);
  }

  /** As above; with {@code notify} each instance's work also puts a text in the outbox. */
  private void startBatch(String prefix, int count, int workMillis, boolean notify) throws Exception {
    Date due = new Date(System.currentTimeMillis() + 8000);
    String dueText = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(due);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        ClusterNode node = i % 2 == 0 ? a : b;
        Map<String, Object> body = Map.of("businessKey", prefix + i, "variables", Map.of(
            "due", Map.of("value", dueText, "type", "Date"),
            "workMillis", Map.of("value", workMillis, "type", "Integer"),
            "notify", Map.of("value", notify, "type", "Boolean")));
        answers.add(pool.submit(() -> node.post("admin", "/engine-rest/process-definition/key/ClusterProbe/start",
            body)));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    long early = due.getTime() - System.currentTimeMillis();
    System.out.printf("cluster: batch %s started, %d ms before it falls due%n", prefix, early);
    if (early > 0) {
      pause(Duration.ofMillis(early));
    }
  }

  /**
   * Once {@code atLeast} instances of the batch have ended, PostgreSQL goes away for 5 s — stopped, or crashed
   * ({@code crash}: SIGQUIT to the postmaster, PostgreSQL's immediate shutdown) — and comes back on the same data
   * directory and port; returns the instant it was started again.
   */
  private Timestamp outage(String prefix, int count, int atLeast, boolean crash) throws Exception {
    await(() -> ended(prefix) >= atLeast, atLeast + " instances " + prefix + " ended");
    long endedBefore = ended(prefix);
    long stopped = System.nanoTime();
    if (crash) {
      long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
      assertThat(new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start().waitFor()).isZero();
      ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }
    // after a crash pg_ctl finds no server (zonky logs it) and only the lock on the data directory is released
    postgres.close();
    System.out.printf("cluster (c): PostgreSQL %s with %d of %d ended (%d ms)%n", crash ? "crashed" : "stopped",
        endedBefore, count, Duration.ofNanos(System.nanoTime() - stopped).toMillis());
    assertThat(endedBefore).as("the database went away mid-run").isLessThan(count);
    pause(Duration.ofSeconds(5));
    assertThat(a.alive() && b.alive()).as("both nodes outlive the database outage").isTrue();
    Timestamp back = new Timestamp(System.currentTimeMillis());
    postgres = startPostgres();
    System.out.printf("cluster (c): PostgreSQL back after an outage of %d ms%n",
        Duration.ofNanos(System.nanoTime() - stopped).toMillis());
    return back;
  }

  /** Waits until every instance of the batch has ended; returns how long that took. */
  private Duration awaitEnded(String prefix, int count) {
    long began = System.nanoTime();
    await(() -> ended(prefix) == count, "all " + count + " instances " + prefix + " ended");
    return Duration.ofNanos(System.nanoTime() - began);
  }

  /** Each instance started once, ended, ran its timer and its work once, in one successful job, no incident. */
  private void assertEveryInstanceRanOnce(String prefix, int count) throws SQLException {
    String like = prefix + "%";
    assertThat(query("select business_key_, count(*) from act_hi_procinst where business_key_ like ? "
        + "group by business_key_", like)).as("instances started").hasSize(count).allSatisfy((k, n) ->
            assertThat(n).as(k).isEqualTo(1));
    assertThat(query("select p.business_key_, count(a.id_) from act_hi_procinst p left join act_hi_actinst a "
        + "on a.proc_inst_id_ = p.id_ and a.act_id_ in ('Timer_Due', 'Task_Work') and a.end_time_ is not null "
        + "where p.business_key_ like ? group by p.business_key_", like))
        .as("timer and work, once each, per instance").hasSize(count).allSatisfy((k, n) ->
            assertThat(n).as(k).isEqualTo(2));
    assertThat(query("select j.job_id_, count(*) from act_hi_job_log j join act_hi_procinst p "
        + "on p.id_ = j.process_instance_id_ where p.business_key_ like ? and j.job_state_ = 2 group by j.job_id_",
        like)).as("one timer job per instance, executed successfully once").hasSize(count).allSatisfy((k, n) ->
            assertThat(n).as(k).isEqualTo(1));
    assertThat(query("select p.business_key_, count(*) from act_ru_job j join act_hi_procinst p "
        + "on p.id_ = j.process_instance_id_ where p.business_key_ like ? group by p.business_key_", like))
        .as("jobs left").isEmpty();
    assertThat(query("select p.business_key_, count(*) from act_hi_incident i join act_hi_procinst p "
        + "on p.id_ = i.proc_inst_id_ where p.business_key_ like ? group by p.business_key_", like))
        .as("incidents").isEmpty();
    // the same through the engine's REST API, on each node that still runs
    for (ClusterNode node : List.of(a, b)) {
      if (node.alive()) {
        JsonNode finished = json(node.get("admin",
            "/engine-rest/history/process-instance/count?finished=true&processDefinitionKey=ClusterProbe"
                + "&processInstanceBusinessKeyLike=" + prefix + "%25"));
        assertThat(finished.get("count").asInt()).as("finished on %s", node.name).isEqualTo(count);
      }
    }
  }

  private long ended(String prefix) {
    try {
      return query("select 'ended', count(*) from act_hi_procinst where business_key_ like ? and end_time_ is not null",
          prefix + "%").getOrDefault("ended", 0L);
    } catch (SQLException e) {
      return -1;
    }
  }

  private Set<String> locksHeldBy(String owner) {
    try {
      return query("select id_, 1 from act_ru_job where lock_owner_ = ?", owner).keySet();
    } catch (SQLException e) {
      return Set.of();
    }
  }

  private long jobsDoneBy(String node, Set<String> jobIds) {
    try {
      return query("select job_id_, count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = ? "
          + "group by job_id_", node)
          .keySet().stream().filter(jobIds::contains).count();
    } catch (SQLException e) {
      return -1;
    }
  }

  private Set<String> instancesOf(Set<String> jobIds) throws SQLException {
    Map<String, String> instanceOfJob = new HashMap<>();
    try (Connection connection = database();
        PreparedStatement statement = connection.prepareStatement(
            "select distinct job_id_, process_instance_id_ from act_hi_job_log")) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          instanceOfJob.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return jobIds.stream().map(instanceOfJob::get).collect(Collectors.toSet());
  }

  /** Lines of the outside trace per process instance of the batch. */
  private Map<String, Long> effectsPerInstance(String prefix) throws Exception {
    Set<String> instances = query("select id_, 1 from act_hi_procinst where business_key_ like ?", prefix + "%")
        .keySet();
    return Files.readAllLines(effects, StandardCharsets.UTF_8).stream().map(line -> line.split(" ")[1])
        .filter(instances::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
  }

  private String onlyTask(ClusterNode node, String user) {
    return node.onlyTask(user, caseNumber);
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + DRAIN_TIMEOUT + ": " + what);
      }
      pause(Duration.ofMillis(200));
    }
  }

  // --- the database ----------------------------------------------------------------------------------------

  /** PostgreSQL on the test's own data directory and port, durable: a restart keeps what was committed. */
  private EmbeddedPostgres startPostgres() throws IOException {
    java.io.File log = ClusterNode.LOGS.resolve("postgres.log").toFile();
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(databasePort)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
        .start();
  }

  private Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/oneseal", "postgres", "");
  }

  private String setting(String name) throws SQLException {
    try (Connection connection = database(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("show " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  /** A two-column query as a map (first column → second, a count). */
  private Map<String, Long> query(String sql, Object... parameters) throws SQLException {
    Map<String, Long> result = new LinkedHashMap<>();
    try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return result;
  }
}
