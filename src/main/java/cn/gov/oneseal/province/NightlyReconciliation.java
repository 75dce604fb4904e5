package cn.gov.oneseal.province;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the night's reconciliation ({@code oneseal.province.reconciliation-cron}, Beijing time). Every node's
 * scheduler fires; the night's run is a row with a unique day ({@link Reconciliations#start}), kept with its engine
 * job ({@link ReconciliationJob}) in one engine transaction: the first node keeps both, the second's insert is refused
 * and it does nothing, so one node reconciles each night. The run compares the milestones of the last
 * {@code oneseal.province.reconciliation-days} days (from that many Beijing midnights back to now).
 */
@Component
@EnableScheduling
class NightlyReconciliation {

  private static final Logger LOG = LoggerFactory.getLogger(NightlyReconciliation.class);

  private final Reconciliations runs;
  private final ProvinceProperties properties;
  private final ObjectProvider<ProcessEngine> engine;

  NightlyReconciliation(Reconciliations runs, ProvinceProperties properties, ObjectProvider<ProcessEngine> engine) {
    this.runs = runs;
    this.properties = properties;
    this.engine = engine;
  }

  @Scheduled(cron = "${oneseal.province.reconciliation-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
  void fire() {
    start();
  }

  /** Keeps tonight's run and its job, unless a node kept them already; the run's id when this node did. */
  Optional<Long> start() {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    LocalDate today = now.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    if (runs.exists(today)) {
      return Optional.empty();
    }
    OffsetDateTime from = today.minusDays(properties.reconciliationDays()).atStartOfDay(WorkingDayCalendar.ZONE)
        .toOffsetDateTime();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
    try {
      return Optional.of(configuration.getCommandExecutorTxRequired().execute(command -> {
        long id = runs.start(today, from, now, now);
        ReconciliationJob.schedule(id, command);
        return id;
      }));
    } catch (DuplicateKeyException keptByAnotherNode) {
      LOG.info("the province reconciliation of {} runs on another node", today);
      return Optional.empty();
    }
  }
}
