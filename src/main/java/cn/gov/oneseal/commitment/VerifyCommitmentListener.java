package cn.gov.oneseal.commitment;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 核查承诺内容 ({@code Task_VerifyCommitment} of {@value CommitmentVerification#PROCESS}): the regulator's
 * finding. A commitment met is verified; a licence not meeting it is ordered to be rectified within the
 * working days the regulator sets (责令限期整改通知书) and re-verified as many working days as the item's
 * verification limit after that; a false commitment goes to the revocation procedure.
 */
@Component("verifyCommitmentListener")
public class VerifyCommitmentListener implements TaskListener {

  static final Map<String, String> RESULTS = FormChoices.options("Form_VerifyCommitment", FormFields.VERIFICATION_RESULT);

  private final CaseRecorder recorder;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final NoticeService notices;
  private final Commitments commitments;
  private final VerificationSteps steps;

  public VerifyCommitmentListener(CaseRecorder recorder, ItemCatalogue catalogue, WorkingDayCalendar calendar,
      NoticeService notices, Commitments commitments, VerificationSteps steps) {
    this.recorder = recorder;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.notices = notices;
    this.commitments = commitments;
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String result = in.choice(FormFields.VERIFICATION_RESULT);
    String findings = in.text(FormFields.VERIFICATION_FINDINGS, "核查情况", 4000);
    Object days = task.getVariable(FormFields.RECTIFICATION_WORKING_DAYS);
    if ("notMet".equals(result) && (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > 60)) {
      in.reject(FormFields.RECTIFICATION_WORKING_DAYS, "OUT_OF_RANGE", "整改期限须为 1 到 60 个工作日");
    }
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "verification", result, RESULTS.get(result) + "：" + findings);
    switch (result) {
      case "met" -> commitments.status(caseNumber, CommitmentStatus.VERIFIED, RESULTS.get(result) + "：" + findings);
      case "notMet" -> orderRectification(task, caseNumber, findings, ((Number) days).intValue());
      default -> steps.toRevocation(task, caseNumber, "申请人作出虚假承诺：" + findings);
    }
  }

  private void orderRectification(DelegateTask task, String caseNumber, String findings, int workingDays) {
    WorkingDayCalendar.Deadline due = calendar.due(ClockUtil.getCurrentTime(), workingDays);
    task.setVariable(CaseVariables.RECTIFICATION_DUE, due.due());
    // the re-verification is due as many working days after the rectification deadline
    WorkingDayCalendar.Deadline reverification = calendar.due(due.due(), catalogue.get(
        (String) task.getVariable(CaseVariables.ITEM_CODE)).commitment().verificationLimit());
    task.setVariable(CaseVariables.REVERIFICATION_DUE, reverification.due());
    commitments.status(caseNumber, CommitmentStatus.RECTIFYING, "责令限期整改：" + findings + "；整改期限 " + due.day()
        + due.note() + "，复查期限 " + reverification.day() + reverification.note());
    notices.issue(caseNumber, NoticeKind.RECTIFICATION, Map.of("findings", findings,
        "rectificationDue", due, "regulator", steps.regulator(task)));
  }
}
