package cn.gov.oneseal.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobExecutor}: DOWN when this node should execute the engine's jobs (timers, async steps,
 * the history clean-up; {@code camunda.bpm.job-execution.enabled}, on by default) but its job executor is not
 * running — the node would then leave every deadline timer to the other nodes, or to no one. A node configured
 * without job execution (the tests, or a node kept for the webapps only) is UP and says so ({@code enabled: false}).
 * Details: the acquisition settings and the database-wide backlog ({@link OperationsFigures}: jobs due now and not
 * locked, the oldest one's due date and delay, jobs without retries). Replaces the Camunda starter's indicator of
 * the same name ({@code management.health.camunda.enabled: false}), which is DOWN on a node without job execution
 * and tells nothing of the backlog.
 */
@Component
public class JobExecutorHealthIndicator extends AbstractHealthIndicator {

  private final Supplier<JobExecutor> jobExecutor;
  private final boolean enabled;
  private final OperationsFigures figures;

  @Autowired
  JobExecutorHealthIndicator(ProcessEngine engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled, OperationsFigures figures) {
    this(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), enabled,
        figures);
  }

  JobExecutorHealthIndicator(Supplier<JobExecutor> jobExecutor, boolean enabled, OperationsFigures figures) {
    super("job executor health check failed");
    this.jobExecutor = jobExecutor;
    this.enabled = enabled;
    this.figures = figures;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    JobExecutor executor = jobExecutor.get();
    boolean active = executor != null && executor.isActive();
    if (enabled && !active) {
      health.down();
    } else {
      health.up();
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("enabled", enabled);
    details.put("active", active);
    if (executor != null) {
      details.put("lockOwner", executor.getLockOwner());
      details.put("maxJobsPerAcquisition", executor.getMaxJobsPerAcquisition());
      details.put("waitTimeInMillis", executor.getWaitTimeInMillis());
      details.put("maxWaitInMillis", executor.getMaxWait());
      details.put("lockTimeInMillis", executor.getLockTimeInMillis());
    }
    OperationsFigures.Jobs jobs;
    try {
      jobs = figures.jobs();
    } catch (RuntimeException e) {
      // the database's own component (db) says why; the executor's state stands on its own
      details.put("backlog", "unavailable: " + e.getClass().getSimpleName());
      health.withDetails(details);
      return;
    }
    details.put("backlog", jobs.backlog());
    if (jobs.oldestDue() != null) {
      details.put("oldestDue", jobs.oldestDue().toString());
      details.put("oldestDueDelaySeconds",
          Math.max(0, Duration.between(jobs.oldestDue(), Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()))
              .toSeconds()));
    }
    details.put("failedJobs", jobs.failed());
    health.withDetails(details);
  }
}
