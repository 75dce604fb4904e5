package cn.gov.oneseal.commitment;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.credit.CreditKind;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.security.AsSystem;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 告知承诺的事后核查与撤销 ({@value #PROCESS}): started when a licence is granted on a commitment; the
 * regulator verifies within the item's limit; a licence not meeting the commitment is ordered to be
 * rectified (责令限期整改通知书) and re-verified; a false or unrectified commitment goes to the bureau
 * head, the licensee is told the facts and has {@value #RESPONSE_WORKING_DAYS} working days to
 * respond (撤销行政许可告知书), and a revocation changes the licence's status, produces the 撤销行政许可决定书,
 * writes a credit record that bars the next commitment, and goes to the regulator to sign for.
 */
@Component("commitmentVerification")
public class CommitmentVerification implements TaskListener {

  public static final String PROCESS = "Commitment_Verification";
  public static final int RESPONSE_WORKING_DAYS = 5;
  static final Map<String, String> RESULTS = Map.of("met", "承诺属实", "notMet", "不符合承诺的条件，责令整改",
      "false", "虚假承诺");
  static final Map<String, String> RERESULTS = Map.of("met", "整改合格", "notMet", "整改后仍不符合");
  static final Map<String, String> APPROVAL = Map.of("approve", "同意启动撤销程序", "reject", "不同意撤销");
  static final Map<String, String> DECISION = Map.of("revoke", "撤销行政许可", "keep", "维持行政许可");

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final NoticeService notices;
  private final LicenceRegister licences;
  private final CreditRecords credit;
  private final Remedies remedies;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;

  public CommitmentVerification(CaseFiles caseFiles, CaseRecorder recorder, ItemCatalogue catalogue,
      WorkingDayCalendar calendar, NoticeService notices, LicenceRegister licences, CreditRecords credit,
      Remedies remedies, RuntimeService runtimeService, JdbcTemplate jdbc) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.notices = notices;
    this.licences = licences;
    this.credit = credit;
    this.remedies = remedies;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
  }

  /**
   * A licence granted on the case's signed commitment: the commitment is marked granted and the
   * regulator's verification starts, due by the item's verification limit.
   */
  public void granted(String caseNumber, String caseSummary, String licenceNumber) {
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode());
    Date now = ClockUtil.getCurrentTime();
    // a verification period running into a year whose holiday notice is not loaded counts that year's statutory
    // holidays and says so; the task is recomputed when the notice is loaded
    WorkingDayCalendar.Deadline verification = calendar.due(now, item.commitment().verificationLimit());
    Date verificationDue = verification.due();
    jdbc.update("update commitment set status = ?, status_note = ?, status_changed_at = ?, verification_due = ? "
        + "where case_number = ?", CommitmentStatus.GRANTED.name(), "准予行政许可，许可证 " + licenceNumber
        + (verification.provisional() ? "；核查期限 " + verification.day() + verification.note() : ""), offsetOf(now),
        offsetOf(verificationDue), caseNumber);
    var start = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue("caseNumber", caseNumber).putValue("itemCode", item.code())
            .putValue("itemName", item.name()).putValue("caseSummary", caseSummary)
            .putValue("licenceNumber", licenceNumber).putValue("regulatorGroup", item.regulatorGroup())
            .putValue("verificationDue", verificationDue).putValue("bureauId", file.bureauId()));
    AsSystem.run(start::execute);
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    switch (task.getTaskDefinitionKey()) {
      case "Task_VerifyCommitment" -> verify(task, in);
      case "Task_ReverifyCommitment" -> reverify(task, in);
      case "Task_ApproveRevocation" -> approve(task, in);
      case "Task_DecideRevocation" -> decide(task, in);
      case "Task_SignForRevocation" -> signFor(task, in);
      default -> throw new IllegalStateException("commitmentVerification is not meant for " + task.getTaskDefinitionKey());
    }
  }

  private void verify(DelegateTask task, FormInput in) {
    String result = in.choice("verificationResult", "核查结果", RESULTS);
    String findings = in.text("verificationFindings", "核查情况", 4000);
    Object days = task.getVariable("rectificationWorkingDays");
    if ("notMet".equals(result) && (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > 60)) {
      in.reject("rectificationWorkingDays", "OUT_OF_RANGE", "整改期限须为 1 到 60 个工作日");
    }
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "verification", result, RESULTS.get(result) + "：" + findings);
    switch (result) {
      case "met" -> status(caseNumber, CommitmentStatus.VERIFIED, RESULTS.get(result) + "：" + findings);
      case "notMet" -> {
        WorkingDayCalendar.Deadline due = calendar.due(ClockUtil.getCurrentTime(), ((Number) days).intValue());
        task.setVariable("rectificationDue", due.due());
        // the re-verification is due as many working days after the rectification deadline
        WorkingDayCalendar.Deadline reverification = calendar.due(due.due(), catalogue.get(
            (String) task.getVariable("itemCode")).commitment().verificationLimit());
        task.setVariable("reverificationDue", reverification.due());
        status(caseNumber, CommitmentStatus.RECTIFYING, "责令限期整改：" + findings + "；整改期限 " + due.day() + due.note()
            + "，复查期限 " + reverification.day() + reverification.note());
        notices.issue(caseNumber, NoticeKind.RECTIFICATION, Map.of("findings", findings,
            "rectificationDue", due, "regulator", regulator(task)));
      }
      default -> toRevocation(task, caseNumber, "申请人作出虚假承诺：" + findings);
    }
  }

  private void reverify(DelegateTask task, FormInput in) {
    String result = in.choice("reverificationResult", "复查结果", RERESULTS);
    String findings = in.text("reverificationFindings", "复查情况", 4000);
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "verification", result, RERESULTS.get(result) + "：" + findings);
    if ("met".equals(result)) {
      status(caseNumber, CommitmentStatus.RECTIFIED, "整改合格：" + findings);
    } else {
      toRevocation(task, caseNumber, "不符合承诺的条件，责令限期整改（" + task.getVariable("verificationFindings")
          + "），整改后仍不符合：" + findings);
    }
  }

  private void toRevocation(DelegateTask task, String caseNumber, String grounds) {
    task.setVariable("revocationGrounds", grounds);
    status(caseNumber, CommitmentStatus.REVOCATION_PENDING, grounds);
  }

  private void approve(DelegateTask task, FormInput in) {
    String approval = in.choice("revocationApproved", "局长意见", APPROVAL);
    String opinion = "reject".equals(approval) ? in.text("headOpinion", "不同意撤销的理由", 2000)
        : in.optionalText("headOpinion", "意见", 2000);
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "revocation", approval, APPROVAL.get(approval) + (opinion == null ? "" : "：" + opinion));
    if ("reject".equals(approval)) {
      status(caseNumber, CommitmentStatus.KEPT, "局长不同意撤销：" + opinion);
      return;
    }
    WorkingDayCalendar.Deadline due = calendar.due(ClockUtil.getCurrentTime(), RESPONSE_WORKING_DAYS);
    task.setVariable("responseDue", due.due());
    task.setVariable("revocationResponse", "（被许可人未在期限内陈述申辩）");
    notices.issue(caseNumber, NoticeKind.REVOCATION_HEARING, Map.of("grounds", (String) task.getVariable(
        "revocationGrounds"), "responseDue", due));
  }

  private void decide(DelegateTask task, FormInput in) {
    String decision = in.choice("revocationDecision", "决定", DECISION);
    String opinion = in.text("revocationOpinion", "理由", 4000);
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    String officer = recorder.opinion(task, "revocation", decision, DECISION.get(decision) + "：" + opinion);
    if ("keep".equals(decision)) {
      status(caseNumber, CommitmentStatus.KEPT, "维持行政许可：" + opinion);
      return;
    }
    String grounds = (String) task.getVariable("revocationGrounds");
    String licenceNumber = (String) task.getVariable("licenceNumber");
    licences.changeStatus(licenceNumber, LicenceStatus.REVOKED, "撤销行政许可（告知承诺不实）：" + grounds, officer);
    status(caseNumber, CommitmentStatus.REVOKED, "撤销行政许可：" + opinion);
    CaseFile file = caseFiles.get(caseNumber);
    credit.record(file.applicantId(), CreditKind.FALSE_COMMITMENT, "告知承诺不实，许可证 " + licenceNumber + " 被撤销："
        + grounds, caseNumber);
    notices.issue(caseNumber, NoticeKind.REVOCATION, Map.of("grounds", grounds, "response",
        String.valueOf(task.getVariable("revocationResponse")), "opinion", opinion, "remedies", remedies.text()));
  }

  private void signFor(DelegateTask task, FormInput in) {
    in.confirmed("signedFor", "请确认签收撤销决定");
    in.validate();
    recorder.opinion(task, "revocation", "signedFor", regulator(task) + "已签收撤销决定");
  }

  private String regulator(DelegateTask task) {
    return catalogue.get((String) task.getVariable("itemCode")).regulatorDepartment();
  }

  private void status(String caseNumber, CommitmentStatus status, String note) {
    jdbc.update("update commitment set status = ?, status_note = ?, status_changed_at = ? where case_number = ?",
        status.name(), note.length() > 1000 ? note.substring(0, 1000) : note, offsetOf(ClockUtil.getCurrentTime()),
        caseNumber);
  }
}
