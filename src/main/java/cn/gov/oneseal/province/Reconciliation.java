package cn.gov.oneseal.province;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.outbox.Outbox;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One reconciliation with the platform: asks which reports it acknowledged for the run's period, compares them with
 * the milestones the bureau's cases reached in it ({@link CaseMilestones}), and sends the difference again: a report
 * given up (FAILED) has its dead message tried again, with its own key; one that was acknowledged and lost since goes
 * out in a new outbox message whose key marks the resend (&lt;report id&gt;-R&lt;run&gt;), its body — and so its
 * REPORT_ID — unchanged; a milestone never
 * reported is reported now; a report still PENDING is left to the outbox's retries. The numbers are kept with the
 * run; a platform that does not answer fails the run (the next night tries again).
 */
@Service
class Reconciliation {

  private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

  private final Reconciliations runs;
  private final CaseMilestones milestones;
  private final ProvinceReports reports;
  private final MilestoneReports reporting;
  private final CaseFiles caseFiles;
  private final ProvincePlatform platform;
  private final Outbox outbox;

  Reconciliation(Reconciliations runs, CaseMilestones milestones, ProvinceReports reports, MilestoneReports reporting,
      CaseFiles caseFiles, ProvincePlatform platform, Outbox outbox) {
    this.runs = runs;
    this.milestones = milestones;
    this.reports = reports;
    this.reporting = reporting;
    this.caseFiles = caseFiles;
    this.platform = platform;
    this.outbox = outbox;
  }

  void run(long runId) {
    Reconciliations.Run run = runs.get(runId).orElse(null);
    if (run == null || !"RUNNING".equals(run.state())) {
      return;
    }
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    Set<String> acknowledged;
    try {
      acknowledged = platform.acknowledged(run.periodFrom(), run.periodTo());
    } catch (ProvincePlatform.PlatformFailure failure) {
      LOG.warn("province reconciliation {} failed: {}", runId, failure.getMessage());
      runs.failed(runId, failure.getMessage(), now);
      return;
    }
    int expected = 0;
    int found = 0;
    int resent = 0;
    for (CaseMilestones.Reached reached : milestones.between(run.periodFrom(), run.periodTo())) {
      expected++;
      String reportKey = ReportBodies.reportKey(reached.caseNumber(), reached.milestone());
      if (acknowledged.contains(reportKey)) {
        found++;
        continue;
      }
      Optional<ProvinceReport> report = reports.find(reached.caseNumber(), reached.milestone());
      if (report.isEmpty()) {
        if (reporting.report(caseFiles.get(reached.caseNumber()), reached.milestone(), reached.at(),
            MilestoneReports.outcome(caseFiles.get(reached.caseNumber())))) {
          resent++;
        }
      } else if (report.get().state() == ProvinceReport.State.FAILED
          && outbox.retry(report.get().lastMessageKey())) {
        // its last message is dead: tried again as it is, with its own key (a new key beside a dead message an
        // administrator might still retry would send the report twice under two keys)
        reports.resent(reportKey, report.get().lastMessageKey(), now);
        resent++;
      } else if (report.get().state() != ProvinceReport.State.PENDING) {
        // acknowledged once, but the platform no longer lists it: sent again under a key of its own, REPORT_ID
        // unchanged (the platform keeps one report per REPORT_ID)
        String key = reportKey + "-R" + runId;
        outbox.enqueue(new Outbox.Message(key, ProvinceChannel.NAME, reached.caseNumber(), ProvinceChannel.RECIPIENT,
            reached.milestone().label() + "（对账重报）：" + reached.caseNumber(), report.get().body(), null));
        reports.resent(reportKey, key, now);
        resent++;
      }
    }
    runs.finished(runId, expected, found, expected - found, resent, now);
    LOG.info("province reconciliation {}: {} milestones, {} acknowledged, {} sent again", runId, expected, found,
        resent);
  }
}
