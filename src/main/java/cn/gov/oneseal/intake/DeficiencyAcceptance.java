package cn.gov.oneseal.intake;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApplicationPaths;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.credit.CreditKind;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.process.Messages;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.AsSystem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 容缺受理: offered only where the item allows it, only for the materials on its 容缺 list, never to
 * an applicant the rules bar (Decision_ApplicationPath over the credit records). The pledge is
 * recorded, the 容缺受理通知书 issued, the case accepted and its clock runs; the supplements are
 * awaited by {@value #SUPPLEMENTS} while review and decision go on, and a grant is not issued until
 * they are accepted (unless the item allows 领证后补交): the decision is recorded but held — no 决定书, no licence
 * number, no register entry — and the {@link HeldResult} issues it when the window accepts the supplements. Late
 * or still deficient supplements end the case by the local rule ({@code oneseal.deficiency.failure-outcome}),
 * tell the applicant and write a credit record; a held grant is then never issued.
 */
@Component
public class DeficiencyAcceptance {

  public static final String DEFICIENCY = "deficiency";
  public static final String SUPPLEMENTS = ProcessKeys.SUPPLEMENTS;
  public static final String PENDING = "deficiencyPending";

  /** How a failed pledge ends the case (local rule). */
  public enum FailureOutcome {
    WITHDRAWN(CaseStatus.WITHDRAWN, "本申请视为撤回"),
    ACCEPTANCE_REVOKED(CaseStatus.ACCEPTANCE_REVOKED, "本机关撤销受理"),
    DENIED(CaseStatus.DENIED, "本机关作出不予行政许可的决定");

    private final CaseStatus status;
    private final String text;

    FailureOutcome(CaseStatus status, String text) {
      this.status = status;
      this.text = text;
    }
  }

  private final ItemCatalogue catalogue;
  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final Acceptance acceptance;
  private final ApplicationPaths paths;
  private final CreditRecords credit;
  private final NoticeService notices;
  private final WorkingDayCalendar calendar;
  private final ClockService clocks;
  private final RuntimeService runtimeService;
  private final DeficiencyPledges pledges;
  private final HeldResult heldResult;
  private final Remedies remedies;
  private final FailureOutcome failureOutcome;
  private final String banText;

  public DeficiencyAcceptance(ItemCatalogue catalogue, CaseFiles caseFiles, CaseRecorder recorder,
      Acceptance acceptance, ApplicationPaths paths, CreditRecords credit, NoticeService notices,
      WorkingDayCalendar calendar, ClockService clocks, RuntimeService runtimeService, DeficiencyPledges pledges,
      HeldResult heldResult, Remedies remedies, @Value("${oneseal.deficiency.failure-outcome:WITHDRAWN}") FailureOutcome failureOutcome,
      @Value("${oneseal.credit.failed-pledge-ban:P6M}") java.time.Period ban) {
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.acceptance = acceptance;
    this.paths = paths;
    this.credit = credit;
    this.notices = notices;
    this.calendar = calendar;
    this.clocks = clocks;
    this.runtimeService = runtimeService;
    this.pledges = pledges;
    this.heldResult = heldResult;
    this.remedies = remedies;
    this.failureOutcome = failureOutcome;
    this.banText = ban.getYears() > 0 ? ban.getYears() + " 年内不适用承诺制办理"
        : ban.toTotalMonths() + " 个月内不适用承诺制办理";
  }

  /** The window's 容缺受理 on the intake form; refused with the reason when not allowed. */
  public void accept(DelegateTask task, FormInput in) {
    String caseNumber = CaseRecorder.caseNumber(task);
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    ApplicationPaths.Verdict verdict = paths.evaluate(item, "DEFICIENCY", credit.standing(file.applicantId()));
    if (!verdict.allowed()) {
      String why = item.deficiency().exclusionReason().isBlank() ? "" : "（" + item.deficiency().exclusionReason() + "）";
      in.reject(FormFields.INTAKE_DECISION, "NOT_ELIGIBLE", "不能容缺受理：" + verdict.reason() + why);
      in.validate();
    }
    List<String> codes = in.values(FormFields.DEFICIENT_MATERIALS, "容缺的材料");
    if (codes.isEmpty()) {
      in.reject(FormFields.DEFICIENT_MATERIALS, "REQUIRED", "请勾选容缺的材料");
    }
    List<String> names = new ArrayList<>();
    for (String code : codes) {
      if (!item.deficiency().materials().contains(code)) {
        in.reject(FormFields.DEFICIENT_MATERIALS, "NOT_TOLERATED", "材料 " + item.material(code).map(m -> m.name()).orElse(code)
            + " 不在本事项的容缺材料清单内，主要材料不得容缺");
      } else {
        names.add(item.material(code).orElseThrow().name());
      }
    }
    Object days = task.getVariable(FormFields.SUPPLEMENT_WORKING_DAYS);
    if (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > item.promisedLimit()) {
      in.reject(FormFields.SUPPLEMENT_WORKING_DAYS, "OUT_OF_RANGE",
          "补齐期限须为 1 到 " + item.promisedLimit() + " 个工作日（不得超过承诺时限）");
    }
    in.confirmed(FormFields.PLEDGE_SIGNED, "申请人须签署《容缺受理承诺书》");
    in.validate();

    Date now = ClockUtil.getCurrentTime();
    WorkingDayCalendar.Deadline supplementDue = calendar.due(now, ((Number) days).intValue());
    Date due = supplementDue.due();
    acceptance.accept(caseNumber, now, false);
    pledges.open(caseNumber, String.join("、", names), offsetOf(due), offsetOf(now));
    recorder.opinion(task, "intake", DEFICIENCY, "容缺受理，容缺材料：" + String.join("、", names) + "；补齐期限 "
        + supplementDue.day() + supplementDue.note());
    notices.issue(caseNumber, NoticeKind.DEFICIENCY, Map.of("deficientMaterials", String.join("、", names),
        "supplementDue", supplementDue, "failureConsequence", failureOutcome.text, "banText", banText));
    task.setVariable(FormFields.INTAKE_DECISION, IntakeDecisionListener.ACCEPT);
    task.setVariable(PENDING, !item.deficiency().afterLicence());
    var start = runtimeService.createProcessInstanceByKey(SUPPLEMENTS).businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue(CaseVariables.CASE_NUMBER, caseNumber).putValue(CaseVariables.ITEM_CODE, item.code())
            .putValue(CaseVariables.ITEM_NAME, item.name()).putValue(CaseVariables.CASE_SUMMARY, task.getVariable(CaseVariables.CASE_SUMMARY))
            .putValue(FormFields.DEFICIENT_MATERIALS, String.join("、", names)).putValue(CaseVariables.SUPPLEMENT_DUE, due)
            .putValue(CaseVariables.BUREAU_ID, file.bureauId()));
    AsSystem.run(start::execute);
  }

  /**
   * The supplements are accepted by {@code officer}: the pledge is kept, a grant held for them is issued now, and
   * the case moves on to delivery.
   */
  public void supplied(String caseNumber, String officer) {
    pledges.resolve(caseNumber, DeficiencyPledges.Status.SUPPLIED, offsetOf(ClockUtil.getCurrentTime()), "已补齐补正");
    Map<String, Object> variables = new HashMap<>(heldResult.release(caseNumber, officer));
    AsSystem.run(() -> {
      // the case's process and the stages it has handed the flag to (Stage_Review, Stage_Delivery)
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .variableValueEquals(PENDING, true).list()) {
        runtimeService.setVariable(instance.getId(), PENDING, false);
      }
      runtimeService.createMessageCorrelation(Messages.SUPPLEMENTS_ACCEPTED).processInstanceBusinessKey(caseNumber)
          .setVariables(variables).correlateAllWithResult();
    });
  }

  /** Whether a grant decided now must be held for the supplements (an open pledge, no 领证后补交). */
  public boolean holdsResult(String caseNumber) {
    CaseFile file = caseFiles.get(caseNumber);
    return !catalogue.get(file.itemCode(), file.catalogueVersion()).deficiency().afterLicence()
        && pledges.lockIfOpen(caseNumber);
  }

  /** What the applicant is told of a grant held for the supplements. */
  public record Hold(String materials, OffsetDateTime supplementDue, String message) {}

  /** The hold on a granted case's result while its supplements are awaited, if it is held. */
  public Optional<Hold> hold(String caseNumber) {
    CaseFile file = caseFiles.get(caseNumber);
    if (file.status() != CaseStatus.GRANT_HELD) {
      return Optional.empty();
    }
    return pledges.find(caseNumber).filter(p -> p.status() == DeficiencyPledges.Status.OPEN).map(p -> new Hold(
        p.materials(), p.supplementDue(), "已于" + chineseDate(file.decidedAt()) + "作出准予行政许可决定。按容缺受理承诺，须补齐补正"
        + "容缺材料（" + p.materials() + "）并经审核符合要求后，方出具《准予行政许可决定书》、核发许可证；补齐期限至"
        + chineseDate(p.supplementDue()) + "。逾期未补齐或者补正后仍不符合要求的，" + failureOutcome.text
        + "，已作出的准予许可决定不予发出。"));
  }

  private static String chineseDate(OffsetDateTime time) {
    return NoticeService.CHINESE_DATE.format(time.atZoneSameInstant(WorkingDayCalendar.ZONE));
  }

  /** Late or still deficient supplements: the case ends by the local rule; credit record; notice. */
  public void failed(String caseNumber, String reason) {
    CaseFile file = caseFiles.get(caseNumber);
    pledges.resolve(caseNumber, DeficiencyPledges.Status.FAILED, offsetOf(ClockUtil.getCurrentTime()), reason);
    // a grant held for the supplements is never issued
    String heldDecision = file.status() != CaseStatus.GRANT_HELD ? ""
        : "本机关于" + chineseDate(file.decidedAt()) + "作出的准予行政许可决定因此不予发出，不核发许可证。";
    credit.record(file.applicantId(), CreditKind.FAILED_PLEDGE, reason + "（办件 " + caseNumber + "）", caseNumber);
    String ending = failureOutcome.text + "：" + reason;
    if (failureOutcome == FailureOutcome.DENIED) {
      caseFiles.decided(caseNumber, CaseStatus.DENIED, CaseRecorder.now(), null, ending, remedies.text(), null, null);
    } else if (failureOutcome == FailureOutcome.WITHDRAWN) {
      caseFiles.withdrawn(caseNumber, CaseRecorder.now(), ending);
    } else {
      caseFiles.ended(caseNumber, failureOutcome.status, CaseRecorder.now(), ending);
    }
    clocks.finish(caseNumber);
    notices.issue(caseNumber, NoticeKind.DEFICIENCY_FAILED, Map.of("failureReason", reason,
        "failureConsequence", failureOutcome.text, "banText", banText, "heldDecision", heldDecision));
    AsSystem.run(() -> caseInstances(caseNumber).forEach(instance ->
        runtimeService.deleteProcessInstance(instance.getId(), "容缺受理未履行承诺：" + ending, true)));
  }

  /** A denied case needs no supplements: the wait ends without a credit record. */
  public void closeOnDenial(String caseNumber) {
    if (pledges.resolve(caseNumber, DeficiencyPledges.Status.CLOSED, offsetOf(ClockUtil.getCurrentTime()),
        "已作出不予许可决定")) {
      AsSystem.run(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .processDefinitionKey(SUPPLEMENTS).list()
          .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "已作出不予许可决定，无需补齐容缺材料", true)));
    }
  }

  /** The case's own top-level process instance(s), not the supplements wait nor supervision. */
  private List<ProcessInstance> caseInstances(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .filter(i -> catalogue.find(i.getProcessDefinitionId().split(":")[0]).isPresent())
        .toList();
  }
}
