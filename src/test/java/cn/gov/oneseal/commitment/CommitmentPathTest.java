package cn.gov.oneseal.commitment;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.credit.CreditKind;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.intake.CommitmentEligibilityNote;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 告知承诺 at the window: who may have it, the 告知承诺书, the decision on the spot and the licence. */
class CommitmentPathTest extends CaseTest {

  @Autowired CreditRecords credit;
  @Autowired NoticeService notices;
  @Autowired LicenceRegister licences;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  ProcessInstance register(String window, String itemCode, String applicantId, String... materials) {
    Map<String, Object> form = Applications.of(materials);
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", applicantId);
    if (itemCode.equals("FoodBusinessLicence")) {
      form.put("businessScope", "FOOD_SALES");
    }
    return officers.register(window, itemCode, form);
  }

  static Map<String, Object> commitment() {
    Map<String, Object> form = new HashMap<>();
    form.put("intakeDecision", "commitment");
    form.put("formalCheckPassed", true);
    form.put("commitmentSigned", true);
    return form;
  }

  String text(String caseNumber, NoticeKind kind) throws Exception {
    return NoticeTexts.of(notices, caseNumber, kind);
  }

  /** What the intake form tells the window about 告知承诺 before it chooses. */
  String note(String caseNumber) {
    return (String) engine.getTaskService().getVariable(officers.task(caseNumber, "Task_AcceptApplication").getId(),
        CommitmentEligibilityNote.VARIABLE);
  }

  @Test
  void anEligibleApplicantIsGrantedTheLicenceTheSameWorkingDay() throws Exception {
    ProcessInstance pi = register("window1", "FoodBusinessLicence", "320501199001010016", "M01", "M02", "M03", "M04");
    String caseNumber = pi.getBusinessKey();
    assertThat(note(caseNumber)).startsWith("本申请可以适用告知承诺");

    Map<String, Object> unsigned = commitment();
    unsigned.remove("commitmentSigned");
    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_AcceptApplication", unsigned))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("告知承诺书");
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).doesNotContain(NoticeKind.COMMITMENT);

    officers.complete("window1", caseNumber, "Task_AcceptApplication", commitment());
    assertThat(text(caseNumber, NoticeKind.COMMITMENT)).contains("行政许可告知承诺书", "市场监督管理局", "30个工作日内",
        "依法撤销行政许可决定", "记入信用记录", "签署日期：2026年3月2日");
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).doesNotContain(NoticeKind.ACCEPTANCE);
    assertThat(jdbc.queryForObject("select status from commitment where case_number = ?", String.class, caseNumber))
        .isEqualTo("SIGNED");

    assertThat(pi).isWaitingAt("CallActivity_CommitmentDecision");
    assertThat(stages.of(pi, "Stage_CommitmentDecision")).isWaitingAt("Task_DecideOnCommitment");
    Task decide = officers.task(caseNumber, "Task_DecideOnCommitment");
    assertThat(decide).hasCandidateGroup("decider");
    assertThat(decide.getDueDate()).isEqualTo(endOf(2026, 3, 2));
    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideOnCommitment", Map.of()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("核对告知承诺书");

    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 11, 30, 0));
    officers.complete("decider1", caseNumber, "Task_DecideOnCommitment", Map.of("commitmentReviewed", true));
    CaseFile file = caseFiles.get(caseNumber);
    assertThat(file.status()).isEqualTo(CaseStatus.GRANTED);
    assertThat(WorkingDayCalendar.dayOf(java.util.Date.from(file.decidedAt().toInstant())))
        .isEqualTo(WorkingDayCalendar.dayOf(java.util.Date.from(file.receivedAt().toInstant())));
    var licence = licences.find(file.licenceNumber()).orElseThrow();
    assertThat(licence.status()).isEqualTo(LicenceStatus.VALID);
    assertThat(licence.holderId()).isEqualTo("320501199001010016");
    assertThat(licence.licenceNumber()).startsWith("JY1320500");
    // verification due 30 working days later: 2026-04-14 (Qingming 04-04..06 off)
    assertThat(jdbc.queryForObject("select verification_due from commitment where case_number = ?",
        OffsetDateTime.class, caseNumber).toInstant()).isEqualTo(endOf(2026, 4, 14).toInstant());

    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    officers.complete("samr1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
    assertThat(pi).isEnded().hasPassedInOrder("CallActivity_Intake", "CallActivity_CommitmentDecision",
        "CallActivity_Delivery", "CallActivity_DispatchToRegulator").hasNotPassed("CallActivity_SiteSurvey",
        "CallActivity_Review", "CallActivity_Decision");
    assertThat(stages.of(pi, "Stage_CommitmentDecision")).isEnded()
        .hasPassedInOrder("Task_DecideOnCommitment", "EndEvent_GrantedOnCommitment");
    assertThat(stages.of(pi, "Stage_Delivery")).isEnded().hasPassed("Task_IssueLicence")
        .hasNotPassed("Event_SupplementsAccepted");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.COMPLETED);
  }

  @ParameterizedTest
  @CsvSource({
      "PublicPlaceHygieneLicence, 320501199002020021, M01;M02;M03;M04;M05",
      "DrugRetailLicence, 320501199003030037, M01;M02;M03;M04;M05;M06",
      "HumanResourceServiceLicence, 320501199004040042, M01;M02;M03;M04",
      "ConstructionPermit, 320501199005050058, M01;M02;M03;M04;M05;M06;M07"})
  void everyPromisedItemOnTheCommitmentListIsDecidedOnTheSpot(String itemCode, String applicantId, String materials) {
    ProcessInstance pi = register("window1", itemCode, applicantId, materials.split(";"));
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", commitment());
    officers.complete("decider1", pi.getBusinessKey(), "Task_DecideOnCommitment", Map.of("commitmentReviewed", true));
    assertThat(pi).isWaitingAt("CallActivity_Delivery").hasNotPassed("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Delivery")).isWaitingAt("Task_IssueLicence");
    // the licence number the commitment stage issued came back to the case and went on to delivery
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "licenceNumber"))
        .isEqualTo(caseFiles.get(pi.getBusinessKey()).licenceNumber());
    assertThat(licences.find(caseFiles.get(pi.getBusinessKey()).licenceNumber())).isPresent();
  }

  /** The refusal is written to the applicant and the case goes on as an ordinary one. */
  void continuesOnTheOrdinaryPath(ProcessInstance pi, String reason) throws Exception {
    String caseNumber = pi.getBusinessKey();
    assertThat(pi).isWaitingAt("CallActivity_SiteSurvey").hasNotPassed("CallActivity_CommitmentDecision");
    assertThat(stages.of(pi, "Stage_SiteSurvey")).hasPassed("Task_DetermineSurvey");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(text(caseNumber, NoticeKind.COMMITMENT_REFUSED)).contains(reason, "按一般程序受理");
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).contains(NoticeKind.ACCEPTANCE)
        .doesNotContain(NoticeKind.COMMITMENT);
    assertThat(caseFiles.opinions(caseNumber)).extracting(Opinion::opinion)
        .anyMatch(o -> o.contains("不适用：" + reason));
    assertThat(jdbc.queryForObject("select count(*) from commitment where case_number = ?", Integer.class, caseNumber))
        .isZero();
  }

  @Test
  void theCreditGateSendsBarredApplicantsOnTheOrdinaryPathUntilRepaired() throws Exception {
    String liar = "320501199006060063";
    credit.record(liar, CreditKind.FALSE_COMMITMENT, "告知承诺不实（办件 2025）", null);
    ProcessInstance barred = register("window1", "FoodBusinessLicence", liar, "M01", "M02", "M03", "M04");
    assertThat(note(barred.getBusinessKey())).contains("不适用告知承诺：申请人曾作出虚假承诺");
    officers.complete("window1", barred.getBusinessKey(), "Task_AcceptApplication", commitment());
    continuesOnTheOrdinaryPath(barred, "申请人曾作出虚假承诺，信用修复前不适用告知承诺");

    credit.repair(credit.of(liar).get(0).id(), "admin");
    ProcessInstance repaired = register("window1", "FoodBusinessLicence", liar, "M01", "M02", "M03", "M04");
    officers.complete("window1", repaired.getBusinessKey(), "Task_AcceptApplication", commitment());
    assertThat(repaired).isWaitingAt("CallActivity_CommitmentDecision");
    assertThat(stages.of(repaired, "Stage_CommitmentDecision")).isWaitingAt("Task_DecideOnCommitment");
  }

  @Test
  void itemsOffTheListAndDecisionsTakenElsewhereGoTheOrdinaryWay() throws Exception {
    ProcessInstance planning = register("window1", "PlanningPermit", "320501199001010016", "M01", "M02", "M03");
    officers.complete("window1", planning.getBusinessKey(), "Task_AcceptApplication", commitment());
    continuesOnTheOrdinaryPath(planning, "本事项不在告知承诺事项清单内");

    // 受理审核权下放: the county accepts, the city decides — no decision on the spot at the county window
    ProcessInstance county = register("awindow1", "DrugRetailLicence", "320501199003030037",
        "M01", "M02", "M03", "M04", "M05", "M06");
    officers.complete("awindow1", county.getBusinessKey(), "Task_AcceptApplication", commitment());
    continuesOnTheOrdinaryPath(county, "本事项由市行政审批局作出许可决定");
  }

  @Test
  void aRoadFreightLicenceMayBeGrantedOnTheSpotOnACommitment() throws Exception {
    String liar = "320501199008080084";
    credit.record(liar, CreditKind.FALSE_COMMITMENT, "告知承诺不实（办件 2025）", null);
    String barred = register("window1", "RoadFreightLicence", liar, "M01", "M02", "M03", "M04", "M05").getBusinessKey();
    Map<String, Object> form = new HashMap<>(Map.of("intakeDecision", "accept", "decision", "grant",
        "decisionOpinion", "依告知承诺当场准予", "deliveryMethod", "WINDOW", "delivered", true, "byCommitment", true,
        "commitmentSigned", true));
    assertThatThrownBy(() -> officers.complete("window1", barred, "Task_DecideOnTheSpot", form))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不适用告知承诺：申请人曾作出虚假承诺");
    assertThat(caseFiles.get(barred).status()).isEqualTo(CaseStatus.RECEIVED);

    ProcessInstance pi = register("window1", "RoadFreightLicence", "320501199007070079", "M01", "M02", "M03", "M04", "M05");
    String caseNumber = pi.getBusinessKey();
    Map<String, Object> unsigned = new HashMap<>(form);
    unsigned.remove("commitmentSigned");
    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", unsigned))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("告知承诺书");
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", form);
    assertThat(text(caseNumber, NoticeKind.COMMITMENT)).contains("交通运输局", "30个工作日内");
    assertThat(licences.find(caseFiles.get(caseNumber).licenceNumber()).orElseThrow().status())
        .isEqualTo(LicenceStatus.VALID);
    Task verify = officers.task(caseNumber, "Task_VerifyCommitment");
    assertThat(verify).hasCandidateGroup("regulatorTransport");
    assertThat(jdbc.queryForObject("select status from commitment where case_number = ?", String.class, caseNumber))
        .isEqualTo("GRANTED");
  }
}
