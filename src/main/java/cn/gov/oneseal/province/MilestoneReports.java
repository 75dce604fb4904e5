package cn.gov.oneseal.province;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseAccepted;
import cn.gov.oneseal.casefile.CaseClosed;
import cn.gov.oneseal.casefile.CaseDecided;
import cn.gov.oneseal.casefile.CaseDelivered;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRegistered;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.outbox.Outbox;
import java.time.OffsetDateTime;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reports each milestone of a case to the platform, in the transaction of the step that reached it: the report is
 * kept ({@link ProvinceReports}, PENDING) and its message put in the outbox (channel PROVINCE, key = the report's
 * id), once per case and milestone. 收件 on registration; 受理 on acceptance, or 不予受理 (the same milestone, the
 * other outcome) when the case is rejected at intake; 办结决定 on the decision (granted, granted and held for 容缺
 * supplements, denied), or when the case ends without one (deemed withdrawn, withdrawn, acceptance revoked); 送达
 * on delivery.
 */
@Component
class MilestoneReports {

  /** Ends without a decision, reported as the case's 办结 with the status as the result. */
  static final Set<CaseStatus> ENDED_UNDECIDED = Set.of(CaseStatus.WITHDRAWN, CaseStatus.WITHDRAWN_BY_APPLICANT,
      CaseStatus.ACCEPTANCE_REVOKED);

  private final CaseFiles caseFiles;
  private final ProvinceReports reports;
  private final ReportBodies bodies;
  private final Outbox outbox;

  MilestoneReports(CaseFiles caseFiles, ProvinceReports reports, ReportBodies bodies, Outbox outbox) {
    this.caseFiles = caseFiles;
    this.reports = reports;
    this.bodies = bodies;
    this.outbox = outbox;
  }

  @EventListener
  void registered(CaseRegistered event) {
    CaseFile file = caseFiles.get(event.caseNumber());
    report(file, Milestone.RECEIVED, file.receivedAt(), ReportBodies.Outcome.none());
  }

  @EventListener
  void accepted(CaseAccepted event) {
    report(caseFiles.get(event.caseNumber()), Milestone.ACCEPTED, event.acceptedAt(),
        new ReportBodies.Outcome("ACCEPTED", "受理", null, null));
  }

  @EventListener
  void closed(CaseClosed event) {
    CaseFile file = caseFiles.get(event.caseNumber());
    if (event.status() == CaseStatus.REJECTED) {
      report(file, Milestone.ACCEPTED, file.closedAt(), outcome(file));
    } else if (ENDED_UNDECIDED.contains(event.status())) {
      report(file, Milestone.DECIDED, file.closedAt(), outcome(file));
    }
  }

  @EventListener
  void decided(CaseDecided event) {
    CaseFile file = caseFiles.get(event.caseNumber());
    report(file, Milestone.DECIDED, event.decidedAt(), outcome(file));
  }

  @EventListener
  void delivered(CaseDelivered event) {
    CaseFile file = caseFiles.get(event.caseNumber());
    report(file, Milestone.DELIVERED, event.deliveredAt(), outcome(file));
  }

  /** The outcome a milestone of the case reports, as its file has it now. */
  static ReportBodies.Outcome outcome(CaseFile file) {
    CaseStatus status = file.status();
    if (status == CaseStatus.REJECTED) {
      return new ReportBodies.Outcome("NOT_ACCEPTED", "不予受理：" + orEmpty(file.outcomeReasons()), null, null);
    }
    if (ENDED_UNDECIDED.contains(status)) {
      return new ReportBodies.Outcome(status.name(), status.label() + "：" + orEmpty(file.outcomeReasons()), null,
          null);
    }
    if ("deny".equals(file.decision())) {
      return new ReportBodies.Outcome("DENIED", "不予许可：" + orEmpty(file.outcomeReasons()), null,
          file.deliveryMethod());
    }
    if (status == CaseStatus.GRANT_HELD) {
      return new ReportBodies.Outcome("GRANTED", CaseStatus.GRANT_HELD.label(), null, file.deliveryMethod());
    }
    return new ReportBodies.Outcome("GRANTED", "准予许可", file.licenceNumber(), file.deliveryMethod());
  }

  /**
   * Keeps the report and puts it in the outbox, unless the case's milestone is reported already; true when it was
   * new.
   */
  boolean report(CaseFile file, Milestone milestone, OffsetDateTime at, ReportBodies.Outcome outcome) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    String key = ReportBodies.reportKey(file.caseNumber(), milestone);
    String body = bodies.body(file, milestone, at, outcome, now);
    if (!reports.insert(file.caseNumber(), milestone, key, file.bureauId(), at, body, now)) {
      return false;
    }
    outbox.enqueue(new Outbox.Message(key, ProvinceChannel.NAME, file.caseNumber(), ProvinceChannel.RECIPIENT,
        milestone.label() + "：" + file.caseNumber(), body, null));
    return true;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
