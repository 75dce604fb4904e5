package cn.gov.oneseal.intake;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApplicationPaths;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.credit.CreditKind;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import cn.gov.oneseal.window.WindowSubmission;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 容缺受理: who may have it, the pledge and its notice, the hold on issuing (no 决定书, licence number or register
 * entry until the supplements are accepted), and failed pledges (a held grant is never issued).
 */
class DeficiencyAcceptanceTest extends CaseTest {

  @Autowired CreditRecords credit;
  @Autowired NoticeService notices;
  @Autowired LicenceRegister licences;
  @Autowired DeficiencyAcceptance deficiency;

  /** A food application missing its layout documents (M03), from an applicant with the given id. */
  ProcessInstance register(String itemCode, String applicantId, String... materials) {
    Map<String, Object> form = Applications.of(materials);
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", applicantId);
    if (itemCode.equals("FoodBusinessLicence")) {
      form.put("businessScope", "CATERING");
    }
    return officers.register("window1", itemCode, form);
  }

  static Map<String, Object> pledge(String materialsJson, long days) {
    Map<String, Object> form = new HashMap<>();
    form.put("intakeDecision", "deficiency");
    form.put("deficientMaterials", Spin.JSON(materialsJson));
    form.put("supplementWorkingDays", days);
    form.put("pledgeSigned", true);
    return form;
  }

  void refused(String caseNumber, Map<String, Object> form, String message) {
    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_AcceptApplication", form))
        .isInstanceOf(FormValidationException.class).hasMessageContaining(message);
  }

  @Test
  void refusedForItemsMaterialsDeadlinesAndApplicantsTheRulesExclude() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String hygiene = register("PublicPlaceHygieneLicence", "320501198503150022", "M01", "M02", "M04").getBusinessKey();
    refused(hygiene, pledge("[\"M03\"]", 3), "本事项不在容缺受理事项清单内（直接关系人身健康");

    String food = register("FoodBusinessLicence", "320501198503150022", "M02", "M03", "M04").getBusinessKey();
    refused(food, pledge("[\"M01\"]", 3), "主要材料不得容缺");
    refused(food, pledge("[\"M03\"]", 7), "不得超过承诺时限");
    Map<String, Object> unsigned = pledge("[\"M03\"]", 3);
    unsigned.remove("pledgeSigned");
    refused(food, unsigned, "《容缺受理承诺书》");

    String serious = register("FoodBusinessLicence", "11010519491231002X", "M01", "M02", "M04").getBusinessKey();
    credit.record("11010519491231002X", CreditKind.SERIOUS_BAD_CREDIT, "列入严重失信主体名单", null);
    refused(serious, pledge("[\"M03\"]", 3), "严重失信");

    String liar = register("FoodBusinessLicence", "370101190102039973", "M01", "M02", "M04").getBusinessKey();
    credit.record("370101190102039973", CreditKind.FALSE_COMMITMENT, "告知承诺不实", null);
    refused(liar, pledge("[\"M03\"]", 3), "虚假承诺");
    // 信用修复: the record no longer bars the applicant
    credit.repair(credit.of("370101190102039973").get(0).id(), "admin");
    officers.complete("window1", liar, "Task_AcceptApplication", pledge("[\"M03\"]", 3));
    assertThat(caseFiles.get(liar).status()).isEqualTo(CaseStatus.ACCEPTED);
  }

  @Test
  void aGrantIsHeldUntilTheSupplementsAreAccepted() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String applicant = "34052419800101001X";
    ProcessInstance pi = register("FoodBusinessLicence", applicant, "M01", "M02", "M04");
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge("[\"M03\"]", 4));
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.ACCEPTED);
    Notice notice = notices.ofCase(caseNumber).stream().filter(n -> n.kind() == NoticeKind.DEFICIENCY).findFirst()
        .orElseThrow();
    try (var pdf = Loader.loadPDF(notices.content(caseNumber, notice.id()).orElseThrow())) {
      // 4 WD from Monday 03-02
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("容缺受理通知书",
          "主要设备设施、经营布局、操作流程等文件", "2026年3月6日前补齐补正", "本申请视为撤回", "6个月内不适用承诺制办理");
    }

    // review and decision go on in parallel; the grant is decided on Tuesday but not issued
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 10, 0, 0));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    assertThat(pi).isWaitingAt("CallActivity_Delivery");
    ProcessInstance delivery = stages.of(pi, "Stage_Delivery");
    assertThat(delivery).isWaitingAt("Event_SupplementsAccepted");
    assertThat(officers.task(caseNumber, "Task_IssueLicence")).isNull();
    CaseFile held = caseFiles.get(caseNumber);
    assertThat(held.status()).isEqualTo(CaseStatus.GRANT_HELD);
    assertThat(held.decision()).isEqualTo("grant");
    assertThat(held.decidedBy()).isEqualTo("decider1");
    assertThat(held.licenceNumber()).isNull();
    assertThat(held.licenceValidUntil()).isNull();
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).doesNotContain(NoticeKind.GRANT);
    assertThat(licences.ofItems(List.of("FoodBusinessLicence"), applicant)).isEmpty();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "licenceNumber")).isNull();
    // nothing goes to the regulator before the result is issued
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("Stage_Dispatch").count()).isZero();
    assertThat(deficiency.hold(caseNumber)).get().satisfies(hold -> {
      assertThat(hold.materials()).isEqualTo("主要设备设施、经营布局、操作流程等文件");
      assertThat(hold.message()).contains("2026年3月3日作出准予行政许可决定", "主要设备设施、经营布局、操作流程等文件",
          "2026年3月6日", "本申请视为撤回");
    });

    // the supplements come on Wednesday (to the window) and the window accepts them: issued now
    ClockUtil.setCurrentTime(shanghai(2026, 3, 4, 11, 0, 0));
    officers.hand("window1", caseNumber, WindowSubmission.SUPPLEMENTS, Map.of("note", "补交食品安全管理制度"));
    officers.complete("window2", caseNumber, "Task_CheckSupplements", Map.of("supplementsChecked", "accepted"));
    assertThat(delivery).hasPassed("Event_SupplementsAccepted").isWaitingAt("Task_IssueLicence");
    CaseFile issued = caseFiles.get(caseNumber);
    assertThat(issued.status()).isEqualTo(CaseStatus.GRANTED);
    assertThat(issued.licenceNumber()).startsWith("JY2320500");
    assertThat(issued.decidedAt()).isEqualTo(held.decidedAt());
    assertThat(issued.decidedBy()).isEqualTo("decider1");
    // valid five years from the day of issue
    assertThat(issued.licenceValidUntil()).isEqualTo(LocalDate.of(2031, 3, 3));
    // the message brought the licence number to the delivery stage (its form shows it); it goes back to the case
    assertThat(engine.getRuntimeService().getVariable(delivery.getId(), "licenceNumber"))
        .isEqualTo(issued.licenceNumber());
    assertThat(engine.getRuntimeService().getVariable(delivery.getId(), "deficiencyPending")).isEqualTo(false);
    assertThat(licences.ofItems(List.of("FoodBusinessLicence"), applicant)).singleElement().satisfies(licence -> {
      assertThat(licence.licenceNumber()).isEqualTo(issued.licenceNumber());
      assertThat(licence.status()).isEqualTo(LicenceStatus.VALID);
      assertThat(licence.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    });
    assertThat(licences.history(issued.licenceNumber())).extracting(LicenceRegister.Change::changedBy)
        .containsExactly("decider1");
    // the 决定书 keeps the decision's date and tells why it comes now; delivery within 5 WD of the issue (03-11)
    assertThat(NoticeTexts.of(notices, caseNumber, NoticeKind.GRANT)).contains("2026年3月3日决定准予行政许可",
        "本申请系容缺受理", "已补齐补正容缺材料（主要设备设施、经营布局、操作流程等文件）", issued.licenceNumber(),
        "2031年3月3日", "2026年3月11日前领取");
    assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> "released".equals(o.decision())).singleElement()
        .satisfies(o -> assertThat(o.officerId()).isEqualTo("window2"));
    assertThat(deficiency.hold(caseNumber)).isEmpty();

    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    assertThat(pi).isWaitingAt("CallActivity_DispatchToRegulator");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "licenceNumber")).isEqualTo(issued.licenceNumber());
    assertThat(stages.of(pi, "Stage_Delivery")).isEnded().hasPassedInOrder("Event_SupplementsAccepted",
        "Task_IssueLicence", "EndEvent_Delivered");
  }

  @Test
  void aPledgeFailedAfterTheDecisionNeverIssuesTheGrant() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String applicant = "110101198503070013";
    ProcessInstance pi = register("FoodBusinessLicence", applicant, "M01", "M02", "M03");
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge("[\"M04\"]", 3));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.GRANT_HELD);

    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("Stage_Supplements")
        .singleResult().getId()).singleResult();
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0, 0, 1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(pi).isEnded();
    CaseFile ended = caseFiles.get(caseNumber);
    assertThat(ended.status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(ended.licenceNumber()).isNull();
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).contains(NoticeKind.DEFICIENCY_FAILED)
        .doesNotContain(NoticeKind.GRANT);
    assertThat(licences.ofItems(List.of("FoodBusinessLicence"), applicant)).isEmpty();
    assertThat(NoticeTexts.of(notices, caseNumber, NoticeKind.DEFICIENCY_FAILED)).contains("本申请视为撤回",
        "2026年3月2日作出的准予行政许可决定因此不予发出，不核发许可证");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("Stage_Dispatch").count()).isZero();
  }

  @Test
  void overdueSupplementsEndTheCaseWithACreditRecordThatBarsTheNextPledge() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String applicant = "110101198001010010";
    ProcessInstance pi = register("FoodBusinessLicence", applicant, "M01", "M02", "M04");
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge("[\"M03\"]", 2));
    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("Stage_Supplements")
        .singleResult().getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(endOf(2026, 3, 4));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 0, 0, 1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(pi).isEnded();
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(caseFiles.get(caseNumber).outcomeReasons()).contains("视为撤回", "逾期未补齐");
    assertThat(credit.of(applicant)).extracting(r -> r.kind()).contains(CreditKind.FAILED_PLEDGE);
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).contains(NoticeKind.DEFICIENCY_FAILED);

    ClockUtil.setCurrentTime(shanghai(2026, 4, 1, 9, 0, 0));
    String next = register("FoodBusinessLicence", applicant, "M01", "M02", "M04").getBusinessKey();
    refused(next, pledge("[\"M03\"]", 2), "禁止期内");
  }

  @Autowired ItemCatalogue catalogue;
  @Autowired CaseRecorder recorder;
  @Autowired Acceptance acceptance;
  @Autowired ApplicationPaths paths;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ClockService clocks;
  @Autowired DeficiencyPledges pledges;
  @Autowired HeldResult heldResult;
  @Autowired Remedies remedies;

  /** The same rules with another local rule for failed pledges. */
  DeficiencyAcceptance withLocalRule(DeficiencyAcceptance.FailureOutcome outcome) {
    return new DeficiencyAcceptance(catalogue, caseFiles, recorder, acceptance, paths, credit, notices, calendar, clocks,
        engine.getRuntimeService(), pledges, heldResult, remedies, outcome, Period.ofMonths(6));
  }

  @Test
  void otherLocalRulesRevokeTheAcceptanceOrDenyTheApplication() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    ProcessInstance revoked = register("FoodBusinessLicence", "320502197002030040", "M01", "M02", "M04");
    officers.complete("window1", revoked.getBusinessKey(), "Task_AcceptApplication", pledge("[\"M03\"]", 3));
    withLocalRule(DeficiencyAcceptance.FailureOutcome.ACCEPTANCE_REVOKED).failed(revoked.getBusinessKey(), "逾期未补齐补正容缺材料");
    assertThat(revoked).isEnded();
    assertThat(caseFiles.get(revoked.getBusinessKey()).status()).isEqualTo(CaseStatus.ACCEPTANCE_REVOKED);
    assertThat(caseFiles.get(revoked.getBusinessKey()).outcomeReasons()).startsWith("本机关撤销受理");

    ProcessInstance denied = register("FoodBusinessLicence", "320503197511110053", "M01", "M02", "M04");
    officers.complete("window1", denied.getBusinessKey(), "Task_AcceptApplication", pledge("[\"M03\"]", 3));
    withLocalRule(DeficiencyAcceptance.FailureOutcome.DENIED).failed(denied.getBusinessKey(), "逾期未补齐补正容缺材料");
    assertThat(denied).isEnded();
    assertThat(caseFiles.get(denied.getBusinessKey()).status()).isEqualTo(CaseStatus.DENIED);
    assertThat(caseFiles.get(denied.getBusinessKey()).remedies()).contains("行政复议");
  }

  @Test
  void stillDeficientSupplementsEndTheCaseToo() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    ProcessInstance pi = register("FoodBusinessLicence", "320582199207070039", "M01", "M02", "M03");
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge("[\"M04\"]", 3));
    officers.hand("window1", caseNumber, WindowSubmission.SUPPLEMENTS, Map.of("note", "补交食品安全管理制度"));
    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_CheckSupplements",
        Map.of("supplementsChecked", "deficient"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("不符合要求之处必填");
    officers.complete("window1", caseNumber, "Task_CheckSupplements",
        Map.of("supplementsChecked", "deficient", "supplementsOpinion", "规章制度目录缺进货查验制度"));
    assertThat(pi).isEnded();
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(caseFiles.get(caseNumber).outcomeReasons()).contains("补正后仍不符合要求");
  }

  /**
   * The decider grants at the very moment the window accepts the supplements (released together by a latch, a few
   * cases in a row so that the two really overlap): whichever commits first, the grant is issued — never held for
   * supplements that were already accepted.
   */
  @Test
  void aDecisionAndTheSupplementsAtTheSameMomentNeverLeaveTheGrantHeld() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) {
        ProcessInstance pi = register("FoodBusinessLicence", "34052419800101001X", "M01", "M02", "M04");
        String caseNumber = pi.getBusinessKey();
        officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge("[\"M03\"]", 4));
        officers.passSurvey(caseNumber);
        officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
            Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
        officers.hand("window1", caseNumber, WindowSubmission.SUPPLEMENTS, Map.of("note", "补交布局图"));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var decided = pool.submit(() -> {
          start.await();
          officers.complete("decider1", caseNumber, "Task_DecideApplication",
              Map.of("decision", "grant", "decisionOpinion", "准予"));
          return null;
        });
        var supplied = pool.submit(() -> {
          start.await();
          officers.complete("window2", caseNumber, "Task_CheckSupplements", Map.of("supplementsChecked", "accepted"));
          return null;
        });
        start.countDown();
        decided.get(60, java.util.concurrent.TimeUnit.SECONDS);
        supplied.get(60, java.util.concurrent.TimeUnit.SECONDS);
        CaseFile file = caseFiles.get(caseNumber);
        assertThat(file.status()).as("round %d", round).isEqualTo(CaseStatus.GRANTED);
        assertThat(file.licenceNumber()).as("round %d", round).isNotNull();
        assertThat(officers.task(caseNumber, "Task_IssueLicence")).as("round %d", round).isNotNull();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
