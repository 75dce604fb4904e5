package cn.gov.oneseal.operations;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operations as a monitoring system sees them: health for anyone (the status only) and with its components for
 * administrators and the monitoring group; the Prometheus scrape for them alone; the counters of started and finished
 * cases moving with a case (and not with a rolled-back step), the open cards' gauge with a sweep, the job gauges with
 * a due and a failed job.
 */
class OperationsEndpointsTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired OperationsFigures figures;
  @Autowired SupervisionSweep sweep;
  @Autowired TransactionTemplate transactions;
  @Autowired JobExecutorHealthIndicator jobExecutorHealth;
  @Value("${oneseal.demo.password}") String password;

  @Test
  void healthShowsTheStatusToAnyoneAndTheComponentsToAdministratorsAndMonitoring() throws Exception {
    ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(anonymous.getBody()).properties()).extracting(Map.Entry::getKey)
        .containsExactly("status");
    assertThat(json.readTree(anonymous.getBody()).get("status").asText()).isEqualTo("UP");
    assertThat(rest.getForEntity("/actuator/health/db", String.class).getStatusCode())
        .as("no component for anonymous callers").isEqualTo(HttpStatus.NOT_FOUND);

    for (String user : new String[] {"admin", "monitor1"}) {
      JsonNode health = health(user, password, HttpStatus.OK);
      assertThat(health.get("components").get("db").get("status").asText()).as(user).isEqualTo("UP");
      assertThat(health.get("components").get("db").get("details").get("database").asText()).isNotBlank();
      JsonNode jobs = health.get("components").get("jobExecutor");
      // the tests run without the job executor (camunda.bpm.job-execution.enabled: false): UP, and said so
      assertThat(jobs.get("status").asText()).isEqualTo("UP");
      assertThat(jobs.get("details").get("enabled").asBoolean()).isFalse();
      assertThat(jobs.get("details").get("active").asBoolean()).isFalse();
      assertThat(jobs.get("details").get("backlog").isNumber()).isTrue();
      assertThat(jobs.get("details").get("failedJobs").isNumber()).isTrue();
      assertThat(jobs.get("details").get("lockTimeInMillis").asInt()).isPositive();
      assertThat(health.get("components").has("processEngine")).as("the starter's indicators are off").isFalse();
    }
    // officers and the technical clients log in but see the status only
    assertThat(health("window1", password, HttpStatus.OK).properties()).extracting(Map.Entry::getKey)
        .containsExactly("status");
    assertThat(health("portal", "OneSeal-Hall-2026", HttpStatus.OK).has("components")).isFalse();
    // credentials that do not log in are refused, not answered as anonymous (an unknown user: a wrong password
    // would delay the demo user's next login, the lock-out)
    health("nobody1", password, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theJobExecutorIsDownOnANodeThatShouldRunItButDoesNot() {
    // the same engine, whose job executor is not running, on a node configured to run it
    JobExecutorHealthIndicator expected = new JobExecutorHealthIndicator(
        () -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), true, figures);
    assertThat(expected.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(expected.health().getDetails()).containsEntry("enabled", true).containsEntry("active", false);
    assertThat(jobExecutorHealth.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void theMetricsNeedAnAdministratorOrTheMonitoringGroup() {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(scrape("window1", password).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(scrape("supervisor1", password).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> portal = scrape("portal", "OneSeal-Hall-2026");
    assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(portal.getBody()).contains("运行监控");
    assertThat(scrape("nobody1", password).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String user : new String[] {"admin", "monitor1"}) {
      ResponseEntity<String> scrape = scrape(user, password);
      assertThat(scrape.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(scrape.getBody()).contains("# TYPE oneseal_cases_started_total counter",
          "# TYPE oneseal_cases_finished_total counter", "# TYPE oneseal_cards_open gauge",
          "# TYPE oneseal_jobs_backlog gauge", "# TYPE oneseal_jobs_failed gauge",
          "oneseal_cards_open{application=\"oneseal\",kind=\"SEVERE_RED\"}");
    }
    // the index and the other endpoints stay closed, logged in or not
    assertThat(rest.withBasicAuth("admin", password).getForEntity("/actuator/env", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aStartedAndAFinishedCaseMoveTheCountersOnceTheyCommit() {
    Map<String, String> foodInCity = Map.of("item", "FoodBusinessLicence", "bureau", "city");
    Map<String, String> foodRejected = Map.of("item", "FoodBusinessLicence", "outcome", "rejected");
    String before = scrapeAsMonitor();

    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    String started = scrapeAsMonitor();
    assertThat(value(started, "oneseal_cases_started_total", foodInCity))
        .isEqualTo(value(before, "oneseal_cases_started_total", foodInCity) + 1);
    assertThat(value(started, "oneseal_cases_started_total", Map.of("item", "FoodBusinessLicence", "bureau", "countyA")))
        .isEqualTo(value(before, "oneseal_cases_started_total", Map.of("item", "FoodBusinessLicence", "bureau", "countyA")));

    // a closing that is rolled back (a failed step, retried later) is not counted
    transactions.executeWithoutResult(tx -> {
      caseFiles.rejected(caseNumber, CaseRecorder.now(), "试写", "试写");
      tx.setRollbackOnly();
    });
    assertThat(value(scrapeAsMonitor(), "oneseal_cases_finished_total", foodRejected))
        .isEqualTo(value(before, "oneseal_cases_finished_total", foodRejected));

    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject", "intakeOpinion", "不属于本机关职权"));
    String finished = scrapeAsMonitor();
    assertThat(value(finished, "oneseal_cases_finished_total", foodRejected))
        .isEqualTo(value(before, "oneseal_cases_finished_total", foodRejected) + 1);
    assertThat(value(finished, "oneseal_cases_finished_total", Map.of("item", "FoodBusinessLicence", "outcome", "granted")))
        .isEqualTo(value(before, "oneseal_cases_finished_total", Map.of("item", "FoodBusinessLicence", "outcome", "granted")));
    assertThat(value(finished, "oneseal_cases_started_total", foodInCity))
        .isEqualTo(value(started, "oneseal_cases_started_total", foodInCity));
  }

  @Test
  void theOpenCardsGaugeFollowsTheSweep() {
    // as in DashboardPluginTest: a food case accepted on 2026-09-01 and left alone has five cards on 09-24
    ClockUtil.setCurrentTime(shanghai(2026, 9, 24, 9, 0, 0));
    sweep.sweep(); // the cards of cases other tests left behind
    String before = scrapeAsMonitor();
    ClockUtil.setCurrentTime(shanghai(2026, 9, 1, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    ClockUtil.setCurrentTime(shanghai(2026, 9, 24, 9, 0, 0));
    sweep.sweep();
    String after = scrapeAsMonitor();
    assertThat(value(after, "oneseal_cards_open", Map.of("kind", "SEVERE_RED")))
        .isEqualTo(value(before, "oneseal_cards_open", Map.of("kind", "SEVERE_RED")) + 1);
    assertThat(value(after, "oneseal_cards_open", Map.of("kind", "RED")))
        .isEqualTo(value(before, "oneseal_cards_open", Map.of("kind", "RED")) + 2);
    assertThat(value(after, "oneseal_cards_open", Map.of("kind", "YELLOW")))
        .isEqualTo(value(before, "oneseal_cards_open", Map.of("kind", "YELLOW")) + 2);
  }

  @Test
  void theJobGaugesCountDueAndFailedJobs() {
    var history = engine.getHistoryService();
    var management = engine.getManagementService();
    // a working day's noon: the clean-up's job waits for the next night's window
    ClockUtil.setCurrentTime(shanghai(2026, 11, 20, 12, 0, 0));
    history.cleanUpHistoryAsync();
    String before = scrapeAsMonitor();
    // the history clean-up's job waits for the night window; asked to run at once it is due now
    history.cleanUpHistoryAsync(true);
    Job cleanup = history.findHistoryCleanupJobs().get(0);
    try {
      String due = scrapeAsMonitor();
      assertThat(value(due, "oneseal_jobs_backlog", Map.of())).isEqualTo(value(before, "oneseal_jobs_backlog", Map.of()) + 1);
      // out of retries: no longer in the backlog, but failed
      management.setJobRetries(cleanup.getId(), 0);
      String failed = scrapeAsMonitor();
      assertThat(value(failed, "oneseal_jobs_backlog", Map.of())).isEqualTo(value(before, "oneseal_jobs_backlog", Map.of()));
      assertThat(value(failed, "oneseal_jobs_failed", Map.of())).isEqualTo(value(before, "oneseal_jobs_failed", Map.of()) + 1);
      assertThat(jobExecutorHealth.health().getDetails()).containsEntry("failedJobs",
          (long) value(failed, "oneseal_jobs_failed", Map.of()));
    } finally {
      management.setJobRetries(cleanup.getId(), 1);
      history.cleanUpHistoryAsync(); // back to the night window
    }
    figures.forget();
    assertThat(value(scrapeAsMonitor(), "oneseal_jobs_backlog", Map.of()))
        .isEqualTo(value(before, "oneseal_jobs_backlog", Map.of()));
  }

  private JsonNode health(String user, String userPassword, HttpStatus expected) {
    ResponseEntity<String> answer = rest.withBasicAuth(user, userPassword).getForEntity("/actuator/health", String.class);
    assertThat(answer.getStatusCode()).as(user).isEqualTo(expected);
    try {
      return expected == HttpStatus.OK ? json.readTree(answer.getBody()) : null;
    } catch (Exception e) {
      throw new AssertionError(answer.getBody(), e);
    }
  }

  private ResponseEntity<String> scrape(String user, String userPassword) {
    return rest.withBasicAuth(user, userPassword).getForEntity("/actuator/prometheus", String.class);
  }

  /** A scrape as monitor1 with the gauges read afresh (they are cached for a few seconds). */
  private String scrapeAsMonitor() {
    figures.forget();
    ResponseEntity<String> scrape = scrape("monitor1", password);
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    return scrape.getBody();
  }

  /** The value of the series of this name whose labels include these. */
  static double value(String scrape, String name, Map<String, String> labels) {
    Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)$").matcher(scrape);
    Double found = null;
    while (line.find()) {
      String present = line.group(1);
      if (labels.entrySet().stream().allMatch(l -> present.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
        assertThat(found).as("one series of " + name + " " + labels).isNull();
        found = Double.valueOf(line.group(2));
      }
    }
    assertThat(found).as(name + " " + labels + " in\n" + scrape).isNotNull();
    return found;
  }
}
