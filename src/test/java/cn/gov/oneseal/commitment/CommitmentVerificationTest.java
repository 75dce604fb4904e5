package cn.gov.oneseal.commitment;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.CalendarMaintenance;
import cn.gov.oneseal.calendar.HolidayYear;
import cn.gov.oneseal.credit.CreditKind;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import cn.gov.oneseal.window.WindowSubmission;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The regulator's verification of a commitment, rectification, and the revocation procedure. */
class CommitmentVerificationTest extends CaseTest {

  @Autowired CreditRecords credit;
  @Autowired NoticeService notices;
  @Autowired LicenceRegister licences;
  @Autowired SupervisionSweep sweep;
  @Autowired JdbcTemplate jdbc;

  @Autowired CalendarMaintenance maintenance;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  /** A food licence granted on a commitment; returns the verification process instance. */
  ProcessInstance granted(String applicantId) {
    String caseNumber = officers.grantedOnCommitment(applicantId);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(CommitmentVerification.PROCESS).singleResult();
  }

  String status(String caseNumber) {
    return jdbc.queryForObject("select status from commitment where case_number = ?", String.class, caseNumber);
  }

  String licenceNumber(String caseNumber) {
    return caseFiles.get(caseNumber).licenceNumber();
  }

  String text(String caseNumber, NoticeKind kind) throws Exception {
    return NoticeTexts.of(notices, caseNumber, kind);
  }

  static Map<String, Object> verification(String result, String findings) {
    Map<String, Object> form = new HashMap<>();
    form.put("verificationResult", result);
    form.put("verificationFindings", findings);
    return form;
  }

  void timerFires(ProcessInstance pi, Date expectedDue) {
    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(pi.getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(expectedDue);
    ClockUtil.setCurrentTime(new Date(expectedDue.getTime() + 2000));
    engine.getManagementService().executeJob(timer.getId());
  }

  @Test
  void aTrueCommitmentIsVerifiedByTheRegulatorWithinTheLimitAndALateOneRaisesACard() {
    ProcessInstance pi = granted("320502198001010018");
    String caseNumber = pi.getBusinessKey();
    assertThat(pi).isWaitingAt("Task_VerifyCommitment");
    Task task = officers.task(caseNumber, "Task_VerifyCommitment");
    assertThat(task).hasCandidateGroup("regulatorSamr");
    assertThat(task.getDueDate()).isEqualTo(endOf(2026, 4, 14));

    // missed: the sweep raises a red card on the verification task
    ClockUtil.setCurrentTime(shanghai(2026, 4, 15, 9, 0, 0));
    assertThat(sweep.sweep()).filteredOn(c -> c.caseNumber().equals(caseNumber))
        .extracting(Card::stage, Card::kind).contains(org.assertj.core.groups.Tuple.tuple("核查承诺内容", CardKind.RED));

    officers.complete("samr1", caseNumber, "Task_VerifyCommitment", verification("met", "现场核查，与承诺一致"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Verified");
    assertThat(status(caseNumber)).isEqualTo("VERIFIED");
    assertThat(licences.find(licenceNumber(caseNumber)).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void aCommitmentGrantedBeforeNextYearsNoticeGetsAProvisionalVerificationDeadline() {
    // 2031 is loaded here (test data) and 2032 not until below: the 30 WD from 2031-12-15 run into a year whose
    // notice is not loaded, where the statutory holidays count (2032-01-01, a Thursday)
    maintenance.load(new HolidayYear(2031, "测试", Set.of(), Set.of()), "admin");
    try {
      ClockUtil.setCurrentTime(shanghai(2031, 12, 15, 9, 0, 0));
      ProcessInstance pi = granted("320502199001010039");
      String caseNumber = pi.getBusinessKey();
      // decided on the spot all the same; the regulator's deadline says it is provisional
      Task verify = officers.task(caseNumber, "Task_VerifyCommitment");
      assertThat(verify.getDueDate()).isEqualTo(endOf(2032, 1, 27));
      assertThat(verify.getDescription()).startsWith("【期限暂定】");
      assertThat(jdbc.queryForObject("select status_note from commitment where case_number = ?", String.class,
          caseNumber)).contains("核查期限 2032-01-27（暂按法定节假日计算：2032年节假日安排尚未公布）");

      // 2032's notice arrives with 01-01 and 01-02 off: the open verification moves by a day and is exact
      maintenance.load(new HolidayYear(2032, "测试", Set.of(LocalDate.of(2032, 1, 1), LocalDate.of(2032, 1, 2)),
          Set.of()), "admin");
      verify = officers.task(caseNumber, "Task_VerifyCommitment");
      assertThat(verify.getDueDate()).isEqualTo(endOf(2032, 1, 28));
      assertThat(verify.getDescription()).doesNotContain("【期限暂定】");
    } finally {
      maintenance.withdraw(2032, "admin");
      maintenance.withdraw(2031, "admin");
    }
  }

  @Test
  void rectificationWithinTheDeadlineKeepsTheLicence() throws Exception {
    ProcessInstance pi = granted("320502198002020023");
    String caseNumber = pi.getBusinessKey();
    Map<String, Object> noDeadline = verification("notMet", "冷藏设施温度记录缺失");
    assertThatThrownBy(() -> officers.complete("samr1", caseNumber, "Task_VerifyCommitment", noDeadline))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("整改期限");
    Map<String, Object> notMet = verification("notMet", "冷藏设施温度记录缺失");
    notMet.put("rectificationWorkingDays", 10L);
    officers.complete("samr1", caseNumber, "Task_VerifyCommitment", notMet);
    assertThat(status(caseNumber)).isEqualTo("RECTIFYING");
    // 10 WD from Monday 03-02
    assertThat(text(caseNumber, NoticeKind.RECTIFICATION)).contains("冷藏设施温度记录缺失", "2026年3月16日前整改完毕",
        "依法撤销该行政许可");
    assertThat(pi).isWaitingAt("Event_RectificationDue");

    timerFires(pi, endOf(2026, 3, 16));
    assertThat(pi).isWaitingAt("Task_ReverifyCommitment");
    officers.complete("samr1", caseNumber, "Task_ReverifyCommitment",
        Map.of("reverificationResult", "met", "reverificationFindings", "已补全温度记录"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Rectified");
    assertThat(status(caseNumber)).isEqualTo("RECTIFIED");
    assertThat(licences.find(licenceNumber(caseNumber)).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void failedRectificationLeadsThroughTheHeadAndTheLicenseesResponseToRevocation() throws Exception {
    String applicant = "320502198003030039";
    ProcessInstance pi = granted(applicant);
    String caseNumber = pi.getBusinessKey();
    Map<String, Object> notMet = verification("notMet", "经营场所与承诺不符");
    notMet.put("rectificationWorkingDays", 5L);
    officers.complete("samr1", caseNumber, "Task_VerifyCommitment", notMet);
    timerFires(pi, endOf(2026, 3, 9));
    officers.complete("samr1", caseNumber, "Task_ReverifyCommitment",
        Map.of("reverificationResult", "notMet", "reverificationFindings", "仍未整改"));
    assertThat(status(caseNumber)).isEqualTo("REVOCATION_PENDING");

    Task approve = officers.task(caseNumber, "Task_ApproveRevocation");
    assertThat(approve).hasCandidateGroup("bureauHead");
    officers.complete("head1", caseNumber, "Task_ApproveRevocation", Map.of("revocationApproved", "approve"));
    // the licensee has 5 WD from Tuesday 03-10 to respond
    assertThat(text(caseNumber, NoticeKind.REVOCATION_HEARING)).contains("经营场所与承诺不符", "仍未整改",
        "2026年3月17日前", "陈述和申辩");
    assertThat(pi).isWaitingAt("Gateway_AwaitResponse");

    officers.hand("window1", caseNumber, WindowSubmission.REVOCATION_RESPONSE, Map.of("response", "正在另寻场所，请求宽限"));
    officers.complete("head1", caseNumber, "Task_DecideRevocation",
        Map.of("revocationDecision", "revoke", "revocationOpinion", "申辩理由不能成立"));

    assertThat(licences.find(licenceNumber(caseNumber)).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);
    assertThat(licences.history(licenceNumber(caseNumber))).extracting(LicenceRegister.Change::status)
        .containsExactly(LicenceStatus.VALID, LicenceStatus.REVOKED);
    assertThat(status(caseNumber)).isEqualTo("REVOKED");
    assertThat(credit.of(applicant)).extracting(CreditRecords.CreditRecord::kind).containsExactly(CreditKind.FALSE_COMMITMENT);
    assertThat(text(caseNumber, NoticeKind.REVOCATION)).contains("撤销行政许可决定书", licenceNumber(caseNumber),
        "正在另寻场所，请求宽限", "申辩理由不能成立", "行政复议");

    assertThat(officers.task(caseNumber, "Task_SignForRevocation")).hasCandidateGroup("regulatorSamr");
    officers.complete("samr1", caseNumber, "Task_SignForRevocation", Map.of("signedFor", true));
    assertThat(pi).isEnded().hasPassed("EndEvent_Revoked");
  }

  @Test
  void aFalseCommitmentIsRevokedAndStopsTheApplicantsNextCommitmentRequest() throws Exception {
    String applicant = "320502198004040044";
    ProcessInstance pi = granted(applicant);
    String caseNumber = pi.getBusinessKey();
    officers.complete("samr1", caseNumber, "Task_VerifyCommitment", verification("false", "承诺已取得的场所租赁合同系伪造"));
    assertThat(pi).isWaitingAt("Task_ApproveRevocation").hasNotPassed("Event_RectificationDue");
    officers.complete("head1", caseNumber, "Task_ApproveRevocation", Map.of("revocationApproved", "approve"));
    // no response: the period ends at the end of the fifth working day
    timerFires(pi, endOf(2026, 3, 9));
    officers.complete("head1", caseNumber, "Task_DecideRevocation",
        Map.of("revocationDecision", "revoke", "revocationOpinion", "事实清楚，未陈述申辩"));
    assertThat(text(caseNumber, NoticeKind.REVOCATION)).contains("未在期限内陈述申辩", "伪造");
    assertThat(licences.find(licenceNumber(caseNumber)).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);

    // the next request of the same applicant goes the ordinary way
    Map<String, Object> form = Applications.of("M01", "M02", "M03", "M04");
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", applicant);
    form.put("businessScope", "CATERING");
    ProcessInstance next = officers.register("window1", "FoodBusinessLicence", form);
    officers.complete("window1", next.getBusinessKey(), "Task_AcceptApplication",
        Map.of("intakeDecision", "commitment", "formalCheckPassed", true, "commitmentSigned", true));
    assertThat(next).isWaitingAt("CallActivity_SiteSurvey").hasNotPassed("CallActivity_CommitmentDecision");
    assertThat(stages.of(next, "Stage_SiteSurvey")).hasPassed("Task_DetermineSurvey");
    assertThat(notices.ofCase(next.getBusinessKey())).extracting(Notice::kind).contains(NoticeKind.COMMITMENT_REFUSED);
  }

  @Test
  void theHeadMayStopOrDeclineARevocation() {
    ProcessInstance dropped = granted("32050219800505005X");
    officers.complete("samr1", dropped.getBusinessKey(), "Task_VerifyCommitment", verification("false", "疑似虚假"));
    assertThatThrownBy(() -> officers.complete("head1", dropped.getBusinessKey(), "Task_ApproveRevocation",
        Map.of("revocationApproved", "reject"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("不同意撤销的理由");
    officers.complete("head1", dropped.getBusinessKey(), "Task_ApproveRevocation",
        Map.of("revocationApproved", "reject", "headOpinion", "证据不足，请监管部门补充调查"));
    assertThat(dropped).isEnded().hasPassed("EndEvent_RevocationDropped");
    assertThat(status(dropped.getBusinessKey())).isEqualTo("KEPT");

    String applicant = "320502198006060065";
    ProcessInstance kept = granted(applicant);
    officers.complete("samr1", kept.getBusinessKey(), "Task_VerifyCommitment", verification("false", "疑似虚假"));
    officers.complete("head1", kept.getBusinessKey(), "Task_ApproveRevocation", Map.of("revocationApproved", "approve"));
    timerFires(kept, endOf(2026, 3, 9));
    officers.complete("head1", kept.getBusinessKey(), "Task_DecideRevocation",
        Map.of("revocationDecision", "keep", "revocationOpinion", "申请人已补充证明，承诺属实"));
    assertThat(kept).isEnded().hasPassed("EndEvent_LicenceKept");
    assertThat(licences.find(licenceNumber(kept.getBusinessKey())).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);
    assertThat(credit.of(applicant)).isEmpty();
  }
}
