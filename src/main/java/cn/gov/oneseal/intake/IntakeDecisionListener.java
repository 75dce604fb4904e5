package cn.gov.oneseal.intake;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 受理: the window accepts the application, or sends the one-time correction notice (一次性告知: every
 * material and item to correct, a deadline; the 补正告知书), or rejects it (不予受理) with reasons; a rejection carries
 * the remedies. On acceptance the case's clock starts (promised and statutory deadlines). Either way
 * the written notice is issued (受理通知书 / 不予受理决定书).
 */
@Component("intakeDecisionListener")
public class IntakeDecisionListener implements TaskListener {

  public static final String ACCEPT = "accept";
  public static final String REJECT = "reject";
  public static final String CORRECT = "correct";

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final Acceptance acceptance;
  private final Remedies remedies;
  private final NoticeService notices;
  private final WorkingDayCalendar calendar;
  private final DeficiencyAcceptance deficiency;
  private final CommitmentAcceptance commitment;

  public IntakeDecisionListener(CaseRecorder recorder, CaseFiles caseFiles, ItemCatalogue catalogue,
      Acceptance acceptance, Remedies remedies, NoticeService notices, WorkingDayCalendar calendar,
      DeficiencyAcceptance deficiency, CommitmentAcceptance commitment) {
    this.deficiency = deficiency;
    this.commitment = commitment;
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.acceptance = acceptance;
    this.remedies = remedies;
    this.notices = notices;
    this.calendar = calendar;
  }

  /** 一次性告知: every material and item to correct at once, with a reasonable deadline. */
  private void requestCorrections(DelegateTask task, FormInput in) {
    List<String> codes = in.values(FormFields.CORRECTION_MATERIALS);
    String details = in.text(FormFields.CORRECTION_DETAILS, 4000);
    Object days = task.getVariable(FormFields.CORRECTION_WORKING_DAYS);
    if (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > 30) {
      in.reject(FormFields.CORRECTION_WORKING_DAYS, "OUT_OF_RANGE", "补正期限须为 1 到 30 个工作日");
    }
    CaseFile file = caseFiles.get(CaseRecorder.caseNumber(task));
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    List<String> names = new ArrayList<>();
    for (String code : codes) {
      item.material(code).ifPresentOrElse(m -> names.add(m.name()),
          () -> in.reject(FormFields.CORRECTION_MATERIALS, "INVALID_CHOICE", "材料编码 " + code + " 不在本事项的材料清单中"));
    }
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    WorkingDayCalendar.Deadline due = calendar.due(ClockUtil.getCurrentTime(), ((Number) days).intValue());
    String materials = names.isEmpty() ? "（见具体内容）" : String.join("、", names);
    recorder.opinion(task, "intake", CORRECT, "需补正材料：" + materials + "；" + details + "；补正期限 "
        + due.day() + due.note());
    caseFiles.status(caseNumber, CaseStatus.CORRECTION_REQUESTED);
    task.setVariable(CaseVariables.CORRECTION_DUE, due.due());
    notices.issue(caseNumber, NoticeKind.CORRECTION, Map.of("correctionMaterials", materials,
        "correctionDetails", details, "correctionDue", due));
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String decision = in.choice(FormFields.INTAKE_DECISION);
    if (CORRECT.equals(decision)) {
      requestCorrections(task, in);
      return;
    }
    if (DeficiencyAcceptance.DEFICIENCY.equals(decision)) {
      deficiency.accept(task, in);
      return;
    }
    if (CommitmentAcceptance.COMMITMENT.equals(decision)) {
      commitment.accept(task, in);
      return;
    }
    String opinion = REJECT.equals(decision)
        ? in.text(FormFields.INTAKE_OPINION, "不予受理的理由", 2000)
        : in.optionalText(FormFields.INTAKE_OPINION, "受理意见", 2000);
    in.validate();
    // read by Decision_SurveyRequired for items whose survey is OPTIONAL
    task.setVariable(FormFields.SURVEY_REQUESTED, Boolean.TRUE.equals(task.getVariable(FormFields.SURVEY_REQUESTED)));

    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "intake", decision, opinion);
    if (ACCEPT.equals(decision)) {
      acceptance.accept(caseNumber, ClockUtil.getCurrentTime(), true);
    } else {
      caseFiles.rejected(caseNumber, CaseRecorder.now(), opinion, remedies.text());
      notices.issue(caseNumber, NoticeKind.REJECTION, Map.of());
    }
  }
}
