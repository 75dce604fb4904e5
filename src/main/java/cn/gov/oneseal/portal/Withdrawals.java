package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.ApplicantCases.INVALID;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.ApplicantAnswers.NoticeLink;
import cn.gov.oneseal.portal.ApplicantAnswers.Withdrawn;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.supervision.Cards;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回: the applicant withdraws before the decision; the case's processes end with the reason, the case is closed,
 * its clock finished and its cards closed, and the 撤回申请确认书 issued — in one transaction.
 */
@Service
class Withdrawals {

  /** Decided or ended: too late for a withdrawal. */
  static final Set<CaseStatus> DECIDED = EnumSet.of(CaseStatus.GRANT_HELD, CaseStatus.GRANTED, CaseStatus.DENIED,
      CaseStatus.DELIVERED, CaseStatus.COMPLETED);
  static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.REJECTED, CaseStatus.WITHDRAWN,
      CaseStatus.ACCEPTANCE_REVOKED, CaseStatus.WITHDRAWN_BY_APPLICANT);

  private final ProcessEngine engine;
  private final ApplicantCases cases;
  private final CaseFiles caseFiles;
  private final ClockService clocks;
  private final Cards cards;
  private final NoticeService notices;

  Withdrawals(ProcessEngine engine, ApplicantCases cases, CaseFiles caseFiles, ClockService clocks, Cards cards,
      NoticeService notices) {
    this.engine = engine;
    this.cases = cases;
    this.caseFiles = caseFiles;
    this.clocks = clocks;
    this.cards = cards;
    this.notices = notices;
  }

  @Transactional
  public Withdrawn withdraw(String caseNumber, String secret, String reason) {
    CaseFile file = cases.requireCase(caseNumber, secret);
    if (DECIDED.contains(file.status()) || file.decidedAt() != null) {
      throw ApiException.conflict("ALREADY_DECIDED", "办件 " + caseNumber + " 已作出许可决定（" + file.status().label()
          + "），不能再撤回申请");
    }
    if (ENDED.contains(file.status())) {
      throw ApiException.conflict("CASE_ENDED", "办件 " + caseNumber + " 已终结（" + file.status().label() + "），无需撤回");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw ApiException.invalid(INVALID, new FieldError("reason", "REQUIRED", "请填写撤回理由"));
    }
    if (text.length() > 500) {
      throw ApiException.invalid(INVALID, new FieldError("reason", "TOO_LONG", "撤回理由不得超过 500 个字符"));
    }
    String deleteReason = "申请人撤回申请：" + text;
    AsSystem.run(engine, () -> {
      var runtime = engine.getRuntimeService();
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .list()) {
        boolean root = runtime.createProcessInstanceQuery().subProcessInstanceId(instance.getId()).count() == 0;
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
        if (root && running) {
          // the listeners of the interrupted steps do not run: the case is ended here, not by its steps
          runtime.deleteProcessInstance(instance.getId(), deleteReason, true, true);
        }
      }
    });
    var now = CaseRecorder.now();
    String by = cases.caller();
    caseFiles.ended(caseNumber, CaseStatus.WITHDRAWN_BY_APPLICANT, now, text);
    clocks.finish(caseNumber);
    caseFiles.recordOpinion(new Opinion(caseNumber, "withdrawal", null, by, "withdrawn", deleteReason, now));
    // the cards' 督办 tasks ended with the case's processes: the cards close with the case
    cards.closeOpen(caseNumber, now, by, "申请人撤回申请，办件终结，督办随之关闭");
    var notice = notices.issue(caseNumber, NoticeKind.WITHDRAWAL, Map.of("withdrawnDate",
        NoticeService.CHINESE_DATE.format(now.atZoneSameInstant(WorkingDayCalendar.ZONE))));
    return new Withdrawn(caseNumber, CaseStatus.WITHDRAWN_BY_APPLICANT.name(),
        CaseStatus.WITHDRAWN_BY_APPLICANT.label(), NoticeLink.of(notice));
  }
}
