package cn.gov.oneseal.intake;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApplicationPaths;
import cn.gov.oneseal.catalogue.ApprovalItem.Delegation;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.commitment.CommitmentStatus;
import cn.gov.oneseal.commitment.Commitments;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.intake.Acceptance;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 告知承诺 at the window: the rules ({@code Decision_ApplicationPath} over the item and the applicant's
 * credit records) say whether the applicant may have it. If so, the 告知承诺书 (conditions and the
 * consequences of a false commitment) is produced, the signed commitment recorded and the case
 * accepted for a decision on the spot ({@code intakeDecision = commitment}). If not, the case is
 * accepted on the ordinary path, the reason is recorded for the officer and written to the applicant
 * (不适用告知承诺告知书) beside the 受理通知书.
 */
@Component
public class CommitmentAcceptance {

  public static final String COMMITMENT = "commitment";

  private final ItemCatalogue catalogue;
  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final Acceptance acceptance;
  private final ApplicationPaths paths;
  private final CreditRecords credit;
  private final NoticeService notices;
  private final Bureaus bureaus;
  private final Commitments commitments;

  public CommitmentAcceptance(ItemCatalogue catalogue, CaseFiles caseFiles, CaseRecorder recorder,
      Acceptance acceptance, ApplicationPaths paths, CreditRecords credit, NoticeService notices, Bureaus bureaus,
      Commitments commitments) {
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.acceptance = acceptance;
    this.paths = paths;
    this.credit = credit;
    this.notices = notices;
    this.bureaus = bureaus;
    this.commitments = commitments;
  }

  /** Why this applicant may not have 告知承诺 for this case, or empty when it may. */
  public Optional<String> refusal(CaseFile file) {
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    ApplicationPaths.Verdict verdict = paths.evaluate(item, "COMMITMENT", credit.standing(file.applicantId()));
    if (!verdict.allowed()) {
      return Optional.of(verdict.reason());
    }
    if (item.delegation() == Delegation.CITY && !bureaus.city().id().equals(file.bureauId())) {
      return Optional.of("本事项由市行政审批局作出许可决定，县级窗口不能当场作出决定");
    }
    return Optional.empty();
  }

  /** The window's choice of 告知承诺 on the intake form. */
  public void accept(DelegateTask task, FormInput in) {
    String caseNumber = CaseRecorder.caseNumber(task);
    CaseFile file = caseFiles.get(caseNumber);
    Optional<String> refusal = refusal(file);
    if (refusal.isPresent()) {
      continueOrdinary(task, in, file, refusal.get());
      return;
    }
    in.confirmed(FormFields.FORMAL_CHECK_PASSED, "请确认形式审查：申请材料齐全、符合法定形式");
    in.confirmed(FormFields.COMMITMENT_SIGNED, "申请人须当场签署《行政许可告知承诺书》");
    String opinion = in.optionalText(FormFields.INTAKE_OPINION, "受理意见", 2000);
    in.validate();

    String officer = recorder.opinion(task, "intake", COMMITMENT,
        "告知承诺受理：申请人已签署告知承诺书，形式审查通过" + (opinion == null ? "" : "；" + opinion));
    // decided on the spot: no separate 受理通知书, as for any on-the-spot decision
    acceptance.accept(caseNumber, ClockUtil.getCurrentTime(), false);
    signed(file, officer);
    task.setVariable(FormFields.INTAKE_DECISION, COMMITMENT);
  }

  /** Records the applicant's signed commitment and produces the 告知承诺书 (also for a 即办件 on the spot). */
  public void signed(CaseFile file, String officer) {
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    String conditions = "符合" + item.legalBasis() + "规定的许可条件、标准和技术要求；具备下列申请材料所证明的事项："
        + String.join("、", item.materials().stream().map(cn.gov.oneseal.catalogue.Material::name).toList());
    commitments.signed(file.caseNumber(), conditions, officer);
    notices.issue(file.caseNumber(), NoticeKind.COMMITMENT, Map.of("conditions", conditions,
        "regulator", item.regulatorDepartment(), "verificationLimit", String.valueOf(item.commitment().verificationLimit()),
        "signedDate", NoticeService.CHINESE_DATE.format(CaseRecorder.now())));
  }

  private void continueOrdinary(DelegateTask task, FormInput in, CaseFile file, String reason) {
    String opinion = in.optionalText(FormFields.INTAKE_OPINION, "受理意见", 2000);
    in.validate();
    recorder.opinion(task, "intake", "accept", "申请人选择告知承诺，不适用：" + reason + "；按一般程序受理"
        + (opinion == null ? "" : "；" + opinion));
    acceptance.accept(file.caseNumber(), ClockUtil.getCurrentTime(), true);
    notices.issue(file.caseNumber(), NoticeKind.COMMITMENT_REFUSED, Map.of("refusalReason", reason));
    task.setVariable(FormFields.INTAKE_DECISION, "accept");
    task.setVariable(FormFields.SURVEY_REQUESTED, Boolean.TRUE.equals(task.getVariable(FormFields.SURVEY_REQUESTED)));
  }
}
