package cn.gov.oneseal.operations;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.support.Applications;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention as configured (src/docs/operations.md, "History clean-up and retention"): the engine's history clean-up
 * runs in the night window 01:00–05:00 Beijing time, whatever the JVM's zone; a finished case's history is due for
 * removal ten years after it ended, and the clean-up job removes it then; the API's idempotency records go after 30
 * days.
 */
class RetentionTest extends cn.gov.oneseal.support.CaseTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired IdempotencyCleanup idempotencyCleanup;

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void theHistoryCleanupRunsInTheNightWindowInBeijingTime() {
    ProcessEngineConfigurationImpl configuration = configuration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
    assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P180D");
    assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P180D");
    assertThat(configuration.getTaskMetricsTimeToLive()).isEqualTo("P180D");

    // the engine's own reading of the window: at 20:00 Beijing time the next window is 01:00–05:00 the next night
    Date evening = shanghai(2026, 11, 20, 20, 0, 0);
    ClockUtil.setCurrentTime(evening);
    BatchWindow window = configuration.getBatchWindowManager().getCurrentOrNextBatchWindow(evening, configuration);
    assertThat(window.getStart()).isEqualTo(shanghai(2026, 11, 21, 1, 0, 0));
    assertThat(window.getEnd()).isEqualTo(shanghai(2026, 11, 21, 5, 0, 0));
    // the clean-up job the engine keeps waits for the window's start
    engine.getHistoryService().cleanUpHistoryAsync();
    Job job = engine.getHistoryService().findHistoryCleanupJobs().get(0);
    assertThat(job.getDuedate()).isEqualTo(shanghai(2026, 11, 21, 1, 0, 0));
    ClockUtil.reset();
    engine.getHistoryService().cleanUpHistoryAsync(); // the next window from now
  }

  @Test
  void aFinishedCasesHistoryIsRemovedTenYearsAfterItEnded() {
    // early in 2025, before any case of the other tests ended: the clean-up below, run ten years later, removes no
    // other test's history
    ClockUtil.setCurrentTime(shanghai(2025, 1, 6, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    ClockUtil.setCurrentTime(shanghai(2025, 1, 7, 10, 0, 0));
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject", "intakeOpinion", "不属于本机关职权"));
    var history = engine.getHistoryService();
    HistoricProcessInstance main = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("FoodBusinessLicence").singleResult();
    assertThat(main.getEndTime()).isEqualTo(shanghai(2025, 1, 7, 10, 0, 0));
    Date removal = Date.from(main.getEndTime().toInstant().plus(3650, ChronoUnit.DAYS));
    assertThat(main.getRemovalTime()).isEqualTo(removal);
    // the stage it called and its steps go with it
    var instances = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(main.getId()).list();
    assertThat(instances).hasSizeGreaterThan(1)
        .allSatisfy(instance -> assertThat(instance.getRemovalTime()).isEqualTo(removal));
    for (HistoricProcessInstance instance : instances) {
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
          .isNotEmpty().allSatisfy(step -> assertThat(step.getRemovalTime()).isEqualTo(removal));
    }

    // a day before its removal time the clean-up leaves it; a day after, it removes it
    assertThat(cleanUpAt(Date.from(removal.toInstant().minus(1, ChronoUnit.DAYS)), main.getId())).isEqualTo(1);
    assertThat(cleanUpAt(Date.from(removal.toInstant().plus(1, ChronoUnit.DAYS)), main.getId())).isZero();
    for (HistoricProcessInstance instance : instances) {
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }
    // the case's own record is a legal record the engine does not touch
    assertThat(caseFiles.find(caseNumber)).isPresent();
    assertThat(jdbc.queryForObject("select count(*) from case_opinion where case_number = ?", Integer.class, caseNumber))
        .isPositive();
    ClockUtil.reset();
    engine.getHistoryService().cleanUpHistoryAsync(); // back to the night window
  }

  /** Runs the history clean-up at once at this time; the count of the instance's history left. */
  private long cleanUpAt(Date at, String processInstanceId) {
    ClockUtil.setCurrentTime(at);
    var history = engine.getHistoryService();
    history.cleanUpHistoryAsync(true);
    // each run removes at most a batch (500) of the instances due; it is due again at once while more are left
    for (int run = 0; run < 100; run++) {
      Job job = history.findHistoryCleanupJobs().get(0);
      if (job.getDuedate() != null && job.getDuedate().after(at)) {
        break;
      }
      engine.getManagementService().executeJob(job.getId());
    }
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count();
  }

  @Test
  void idempotencyRecordsAreDeletedAfterThirtyDays() {
    ZonedDateTime now = ZonedDateTime.of(2026, 10, 31, 2, 0, 0, 0, WorkingDayCalendar.ZONE);
    ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    record(now.minusDays(31), "old");
    record(now.minusDays(29), "recent");
    int deleted = idempotencyCleanup.cleanUp();
    assertThat(deleted).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForList("select idempotency_key from api_idempotency where client_id = 'retentionTest'",
        String.class)).containsExactly("recent");
  }

  private void record(ZonedDateTime at, String key) {
    jdbc.update("insert into api_idempotency (client_id, scope, idempotency_key, operation, fingerprint, status_code, "
        + "response_body, created_at) values ('retentionTest', '*', ?, 'TEST', 'x', 200, '{}', ?)", key,
        at.toOffsetDateTime());
  }
}
