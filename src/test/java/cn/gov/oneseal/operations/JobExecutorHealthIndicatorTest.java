package cn.gov.oneseal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The job executor's health on a node that should run it: UP while it runs, DOWN once it stopped. */
class JobExecutorHealthIndicatorTest {

  @Test
  void upWhileTheJobExecutorRunsDownWhenItDoesNot() {
    OperationsFigures figures = mock(OperationsFigures.class);
    when(figures.jobs()).thenReturn(new OperationsFigures.Jobs(7, Instant.parse("2026-11-20T00:00:00Z"), 2));
    DefaultJobExecutor executor = new DefaultJobExecutor();
    JobExecutorHealthIndicator indicator = new JobExecutorHealthIndicator(() -> executor, true, figures);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    executor.start();
    try {
      Health running = indicator.health();
      assertThat(running.getStatus()).isEqualTo(Status.UP);
      assertThat(running.getDetails()).containsEntry("enabled", true).containsEntry("active", true)
          .containsEntry("backlog", 7L).containsEntry("failedJobs", 2L)
          .containsEntry("oldestDue", "2026-11-20T00:00:00Z").containsKey("oldestDueDelaySeconds")
          .containsEntry("maxJobsPerAcquisition", 3);
    } finally {
      executor.shutdown();
    }
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    // a node configured without job execution is not unhealthy for it
    assertThat(new JobExecutorHealthIndicator(() -> executor, false, figures).health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void theExecutorsStateStandsWhenTheFiguresCannotBeRead() {
    OperationsFigures figures = mock(OperationsFigures.class);
    when(figures.jobs()).thenThrow(new org.springframework.dao.DataAccessResourceFailureException("database down"));
    Health health = new JobExecutorHealthIndicator(DefaultJobExecutor::new, false, figures).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails().get("backlog")).isEqualTo("unavailable: DataAccessResourceFailureException");
  }
}
