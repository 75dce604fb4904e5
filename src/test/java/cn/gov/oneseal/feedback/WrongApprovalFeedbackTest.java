package cn.gov.oneseal.feedback;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.calendar.CalendarMaintenance;
import cn.gov.oneseal.calendar.HolidayYear;
import cn.gov.oneseal.dispatch.NotificationKind;
import cn.gov.oneseal.dispatch.RegulatorNotification;
import cn.gov.oneseal.dispatch.RegulatorSystemClient;
import cn.gov.oneseal.dispatch.RegulatorSystems;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import cn.gov.oneseal.support.RegulatorSystemStub;
import cn.gov.oneseal.window.WindowSubmission;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 错误审批反馈 (Licensing Law art. 69): a regulator's report of a wrong approval ends in a recorded
 * answer to that regulator — for every outcome, with or without the licensee's response, within the
 * decision period or its one extension; reports from the wrong regulator or on cases without a
 * licence are refused.
 */
class WrongApprovalFeedbackTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired WrongApprovalReports reports;
  @Autowired LicenceRegister licences;
  @Autowired NoticeService notices;
  @Autowired RegulatorSystems systems;
  @Autowired TestRestTemplate rest;

  @Autowired CalendarMaintenance maintenance;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  /** A road freight licence (即办件, regulator 交通运输局) granted on the spot; returns the case number. */
  String grantedRoadFreight() {
    String caseNumber = officers.register("window1", "RoadFreightLicence",
        Applications.of("M01", "M02", "M03", "M04", "M05")).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "当场准予", "deliveryMethod", "WINDOW", "delivered", true));
    return caseNumber;
  }

  static Map<String, Object> reportForm(String caseNumber) {
    Map<String, Object> form = new HashMap<>();
    form.put("caseNumber", caseNumber);
    form.put("reportFacts", "检查发现申请人的停车场地系租用他人场地且租期已满，不符合道路货物运输经营许可条件");
    form.put("reportLegalBasis", "《道路运输条例》第二十二条");
    return form;
  }

  /** The regulator's report through the start form in Tasklist. */
  ProcessInstance reportInTasklist(String user, Map<String, Object> form) {
    return officers.as(user, () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(WrongApprovalFeedback.PROCESS).latestVersion()
        .singleResult().getId(), form));
  }

  /** The regulator's system's report: the message, correlated by the case number. */
  ProcessInstance reportBySystem(String user, Map<String, Object> variables) {
    return officers.as(user, () -> engine.getRuntimeService().createMessageCorrelation("Msg_WrongApprovalReported")
        .processInstanceBusinessKey((String) variables.get("caseNumber")).setVariables(variables)
        .correlateStartMessage());
  }

  /** The report a process instance handles (also once it has ended). */
  Report report(ProcessInstance pi) {
    long id = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(WrongApprovalFeedback.REPORT_ID).singleResult().getValue()).longValue();
    return reports.get(id);
  }

  static Map<String, Object> founded(String proposed) {
    return Map.of("investigationFinding", "founded", "investigationReasons", "原审查未核验停车场地租赁期限，准予许可时已不具备条件",
        "proposedOutcome", proposed);
  }

  static Map<String, Object> decision(String outcome, String reasons) {
    Map<String, Object> form = new HashMap<>();
    form.put("decisionAction", "decide");
    form.put("wrongApprovalOutcome", outcome);
    form.put("outcomeReasons", reasons);
    return form;
  }

  void responsePeriodEnds(ProcessInstance pi) {
    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(pi.getId()).singleResult();
    // five working days from Monday 03-02
    assertThat(timer.getDuedate()).isEqualTo(endOf(2026, 3, 9));
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 2000));
    engine.getManagementService().executeJob(timer.getId());
  }

  /** A founded report by the regulator's system, the response period over: the decision is due. */
  ProcessInstance awaitingDecision(String caseNumber, String proposed) {
    ProcessInstance pi = reportBySystem("transport1", reportForm(caseNumber));
    officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval", founded(proposed));
    responsePeriodEnds(pi);
    return pi;
  }

  String text(String caseNumber, NoticeKind kind) throws Exception {
    return NoticeTexts.of(notices, caseNumber, kind);
  }

  LicenceStatus licenceStatus(String caseNumber) {
    return licences.find(caseFiles.get(caseNumber).licenceNumber()).orElseThrow().status();
  }

  ProcessInstance notification(String caseNumber, NotificationKind kind) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RegulatorNotification.PROCESS)
        .processInstanceBusinessKey(caseNumber).variableValueEquals(RegulatorNotification.KIND, kind.name())
        .singleResult();
  }

  @Test
  void aFoundedReportEndsInARevocationAfterTheLicenseesResponseAndAnAnswerTheRegulatorSignsFor() throws Exception {
    String caseNumber = grantedRoadFreight();
    ProcessInstance pi = reportInTasklist("transport1", reportForm(caseNumber));
    assertThat(pi.getBusinessKey()).isEqualTo(caseNumber);
    assertThat(pi.getTenantId()).isEqualTo("city");
    Report reported = report(pi);
    assertThat(reported.status()).isEqualTo(WrongApprovalStatus.REPORTED);
    assertThat(reported.reportedBy()).isEqualTo("transport1");
    assertThat(reported.channel()).isEqualTo("TASKLIST");
    // 60 working days from Monday 03-02 (Qingming and May Day off, the make-up Saturday 05-09 worked)
    assertThat(reported.decisionDue().toInstant()).isEqualTo(endOf(2026, 5, 28).toInstant());

    Task investigation = officers.task(caseNumber, "Task_InvestigateWrongApproval");
    assertThat(investigation).hasCandidateGroup("reviewer");
    assertThat(investigation.getDueDate()).isEqualTo(endOf(2026, 3, 30));
    assertThatThrownBy(() -> officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval",
        Map.of("investigationFinding", "founded", "investigationReasons", "属实")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("请选择拟作出的处理");
    officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval", founded("revoke"));
    assertThat(text(caseNumber, NoticeKind.WRONG_APPROVAL_HEARING)).contains("行政许可处理事先告知书", "交通运输局反映",
        "租期已满", "原审查未核验停车场地租赁期限", "本机关拟撤销该行政许可", "2026年3月9日前", "陈述和申辩");
    assertThat(report(pi).status()).isEqualTo(WrongApprovalStatus.HEARING);
    assertThat(pi).isWaitingAt("Gateway_AwaitResponse");

    // the window records the licensee's statement; one without its text is refused
    assertThatThrownBy(() -> officers.hand("window1", caseNumber, WindowSubmission.WRONG_APPROVAL_RESPONSE, Map.of()))
        .isInstanceOf(ApiException.class).hasMessageContaining("请填写陈述申辩内容");
    officers.hand("window1", caseNumber, WindowSubmission.WRONG_APPROVAL_RESPONSE,
        Map.of("response", "已另行租赁场地，请求保留许可"));
    assertThat(report(pi).response()).isEqualTo("已另行租赁场地，请求保留许可");

    Task decide = officers.task(caseNumber, "Task_DecideWrongApproval");
    assertThat(decide).hasCandidateGroup("decider");
    assertThat(decide.getDueDate()).isEqualTo(endOf(2026, 5, 28));
    officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        decision("revoke", "准予许可时不具备法定条件，申辩理由不能改变原许可的违法性"));

    String licence = caseFiles.get(caseNumber).licenceNumber();
    assertThat(licenceStatus(caseNumber)).isEqualTo(LicenceStatus.REVOKED);
    assertThat(licences.history(licence)).extracting(LicenceRegister.Change::status)
        .containsExactly(LicenceStatus.VALID, LicenceStatus.REVOKED);
    assertThat(text(caseNumber, NoticeKind.WRONG_APPROVAL_DECISION)).contains("行政许可处理决定书", licence,
        "已另行租赁场地，请求保留许可", "撤销该行政许可", "行政复议");
    Report answered = report(pi);
    assertThat(answered.status()).isEqualTo(WrongApprovalStatus.ANSWERED);
    assertThat(answered.outcome()).isEqualTo("revoke");
    assertThat(answered.answer()).contains("属实", "撤销该行政许可", "准予许可时不具备法定条件");

    // the regulator signs for the answer in Tasklist; 交通运输局 has no system of its own
    Task receive = officers.task(caseNumber, "Task_ReceiveWrongApprovalAnswer");
    assertThat(receive).hasCandidateGroup("regulatorTransport");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "regulatorAnswer")).isEqualTo(answered.answer());
    assertThat(notification(caseNumber, NotificationKind.WRONG_APPROVAL_ANSWER)).isNull();
    officers.complete("transport1", caseNumber, "Task_ReceiveWrongApprovalAnswer", Map.of("answerReceived", true));
    assertThat(pi).isEnded().hasPassed("EndEvent_Answered");
    Report closed = report(pi);
    assertThat(closed.status()).isEqualTo(WrongApprovalStatus.CLOSED);
    assertThat(closed.receivedBy()).isEqualTo("transport1");
  }

  @ParameterizedTest
  @CsvSource({"change, CHANGED, 变更该行政许可：核定车辆数由5辆变更为3辆",
      "cancel, CANCELLED, 注销该行政许可",
      "keep, VALID, 维持该行政许可"})
  void eachOutcomeAfterTheResponsePeriodEndsSilently(String outcome, LicenceStatus status, String decided)
      throws Exception {
    String caseNumber = grantedRoadFreight();
    ProcessInstance pi = reportBySystem("transport1", reportForm(caseNumber));
    assertThat(report(pi).channel()).isEqualTo("SYSTEM");
    officers.complete("reviewer2", caseNumber, "Task_InvestigateWrongApproval",
        founded("keep".equals(outcome) ? "revoke" : outcome));
    responsePeriodEnds(pi);
    assertThat(report(pi).status()).isEqualTo(WrongApprovalStatus.DECIDING);

    Map<String, Object> form = decision(outcome, "综合考虑公共利益和违法程度");
    if ("change".equals(outcome)) {
      assertThatThrownBy(() -> officers.complete("decider2", caseNumber, "Task_DecideWrongApproval", form))
          .isInstanceOf(FormValidationException.class).hasMessageContaining("变更内容必填");
      form.put("changeDetails", "核定车辆数由5辆变更为3辆");
    }
    officers.complete("decider2", caseNumber, "Task_DecideWrongApproval", form);

    assertThat(licenceStatus(caseNumber)).isEqualTo(status);
    assertThat(licences.history(caseFiles.get(caseNumber).licenceNumber())).hasSize(status == LicenceStatus.VALID ? 1 : 2);
    String notice = text(caseNumber, NoticeKind.WRONG_APPROVAL_DECISION);
    assertThat(notice).contains("被许可人未在期限内陈述申辩", decided, "综合考虑公共利益和违法程度");
    if (status == LicenceStatus.VALID) {
      assertThat(notice).doesNotContain("行政复议");
    } else {
      assertThat(notice).contains("行政复议");
    }
    Report answered = report(pi);
    assertThat(answered.outcome()).isEqualTo(outcome);
    assertThat(answered.answer()).contains(decided);
    assertThat(officers.task(caseNumber, "Task_ReceiveWrongApprovalAnswer")).hasCandidateGroup("regulatorTransport");
  }

  @Test
  void aReportBeforeNextYearsHolidayNoticeIsTakenWithAProvisionalDeadlineRecomputedOnceItIsLoaded() {
    String caseNumber = grantedRoadFreight();
    // Monday 2028-11-20: 2028's and 2029's notices are not loaded (until below): their weekends and statutory
    // holidays count — 2029-01-01 and 除夕 to 初三 (02-12 … 02-15)
    ClockUtil.setCurrentTime(shanghai(2028, 11, 20, 9, 0, 0));
    try {
      ProcessInstance pi = reportInTasklist("transport1", reportForm(caseNumber));
      assertThat(report(pi).decisionDue().toInstant()).isEqualTo(endOf(2029, 2, 19).toInstant());
      Task investigation = officers.task(caseNumber, "Task_InvestigateWrongApproval");
      assertThat(investigation.getDueDate()).isEqualTo(endOf(2028, 12, 18));
      assertThat(investigation.getDescription()).startsWith("【期限暂定】").contains("2028年节假日安排尚未公布");
      assertThat(caseFiles.opinions(caseNumber)).anySatisfy(o -> assertThat(o.opinion())
          .contains("调查期限 2028年12月18日（暂按法定节假日计算：2028年节假日安排尚未公布）")
          .contains("处理期限 2029年2月19日（暂按法定节假日计算：2028、2029年节假日安排尚未公布）"));

      // the notices arrive (test data): 2028-12-01 and 2029-01-01 are days off; the open investigation moves by
      // one day and is no longer provisional
      maintenance.load(new HolidayYear(2028, "测试", Set.of(LocalDate.of(2028, 12, 1)), Set.of()), "admin");
      maintenance.load(new HolidayYear(2029, "测试", Set.of(LocalDate.of(2029, 1, 1)), Set.of()), "admin");
      investigation = officers.task(caseNumber, "Task_InvestigateWrongApproval");
      assertThat(investigation.getDueDate()).isEqualTo(endOf(2028, 12, 19));
      assertThat(investigation.getDescription()).doesNotContain("【期限暂定】");

      officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval", founded("revoke"));
      Job period = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
      assertThat(period.getDuedate()).isEqualTo(endOf(2028, 11, 27));
      ClockUtil.setCurrentTime(shanghai(2028, 11, 28, 9, 0, 0));
      engine.getManagementService().executeJob(period.getId());
      // the decision is due 60 working days after the report on the real calendar: two days off later
      assertThat(officers.task(caseNumber, "Task_DecideWrongApproval").getDueDate()).isEqualTo(endOf(2029, 2, 14));
      assertThat(report(pi).decisionDue().toInstant()).isEqualTo(endOf(2029, 2, 14).toInstant());
    } finally {
      maintenance.withdraw(2029, "admin");
      maintenance.withdraw(2028, "admin");
    }
  }

  @Test
  void inDecemberTheInvestigationTheDecisionAndTheExtendedDecisionAreProvisionalAndSaySo() throws Exception {
    String caseNumber = grantedRoadFreight();
    // Friday 2026-12-04, 2027's notice not loaded: 20 WD end on Monday 2027-01-04, not on 元旦
    ClockUtil.setCurrentTime(shanghai(2026, 12, 4, 9, 0, 0));
    ProcessInstance pi = reportBySystem("transport1", reportForm(caseNumber));
    Task investigation = officers.task(caseNumber, "Task_InvestigateWrongApproval");
    assertThat(investigation.getDueDate()).isEqualTo(endOf(2027, 1, 4));
    assertThat(investigation.getDescription()).startsWith("【期限暂定】");
    assertThat(report(pi).decisionDue().toInstant()).isEqualTo(endOf(2027, 3, 3).toInstant());
    assertThat(caseFiles.opinions(caseNumber)).anySatisfy(o -> assertThat(o.opinion())
        .contains("调查期限 2027年1月4日（暂按法定节假日计算：2027年节假日安排尚未公布）")
        .contains("处理期限 2027年3月3日（暂按法定节假日计算：2027年节假日安排尚未公布）"));

    officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval", founded("revoke"));
    // five working days, all in 2026: the licensee's notice says nothing provisional
    assertThat(text(caseNumber, NoticeKind.WRONG_APPROVAL_HEARING)).contains("2026年12月11日前")
        .doesNotContain("节假日安排");
    Job period = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    ClockUtil.setCurrentTime(new Date(period.getDuedate().getTime() + 2000));
    engine.getManagementService().executeJob(period.getId());
    Task decide = officers.task(caseNumber, "Task_DecideWrongApproval");
    assertThat(decide.getDueDate()).isEqualTo(endOf(2027, 3, 3));
    assertThat(decide.getDescription()).startsWith("【期限暂定】");
    officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        Map.of("decisionAction", "extension", "extensionReason", "需委托第三方核验场地权属"));
    officers.complete("head1", caseNumber, "Task_ApproveFeedbackExtension",
        Map.of("extensionApproved", "approve", "extensionOpinion", "同意延长"));
    // the extended date the regulator is told is marked as well
    Report extended = report(pi);
    assertThat(extended.decisionDue().toInstant()).isEqualTo(endOf(2027, 3, 31).toInstant());
    assertThat(extended.extensionNote())
        .contains("批准延期至 2027年3月31日（暂按法定节假日计算：2027年节假日安排尚未公布）");
    assertThat(officers.task(caseNumber, "Task_DecideWrongApproval").getDescription()).startsWith("【期限暂定】");
  }

  @Test
  void anUnfoundedReportIsAnsweredWithReasonsAndLeavesTheLicenceAlone() {
    String caseNumber = grantedRoadFreight();
    ProcessInstance pi = reportInTasklist("transport1", reportForm(caseNumber));
    assertThatThrownBy(() -> officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval",
        Map.of("investigationFinding", "unfounded"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("调查认定的事实和理由必填");
    officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval", Map.of("investigationFinding",
        "unfounded", "investigationReasons", "申请时提交的租赁合同有效期至2027年，准予许可时符合条件"));

    assertThat(pi).isWaitingAt("Task_ReceiveWrongApprovalAnswer").hasNotPassed("Task_DecideWrongApproval");
    assertThat(licenceStatus(caseNumber)).isEqualTo(LicenceStatus.VALID);
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind)
        .doesNotContain(NoticeKind.WRONG_APPROVAL_HEARING, NoticeKind.WRONG_APPROVAL_DECISION);
    Report answered = report(pi);
    assertThat(answered.finding()).isEqualTo("unfounded");
    assertThat(answered.status()).isEqualTo(WrongApprovalStatus.ANSWERED);
    assertThat(answered.answer()).contains("不成立", "租赁合同有效期至2027年");
    assertThat(officers.task(caseNumber, "Task_ReceiveWrongApprovalAnswer")).hasCandidateGroup("regulatorTransport");
  }

  @Test
  void theHeadsExtensionMovesTheDecisionBy20WorkingDaysOnce() {
    String caseNumber = grantedRoadFreight();
    ProcessInstance pi = awaitingDecision(caseNumber, "revoke");

    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        Map.of("decisionAction", "extension"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("延期理由必填");
    officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        Map.of("decisionAction", "extension", "extensionReason", "需委托第三方核验场地权属"));
    assertThat(officers.task(caseNumber, "Task_ApproveFeedbackExtension")).hasCandidateGroup("bureauHead");
    officers.complete("head1", caseNumber, "Task_ApproveFeedbackExtension",
        Map.of("extensionApproved", "approve", "extensionOpinion", "同意延长"));

    // 20 working days after 05-28 (Dragon Boat Festival 06-19 off)
    assertThat(officers.task(caseNumber, "Task_DecideWrongApproval").getDueDate()).isEqualTo(endOf(2026, 6, 26));
    Report extended = report(pi);
    assertThat(extended.extended()).isTrue();
    assertThat(extended.decisionDue().toInstant()).isEqualTo(endOf(2026, 6, 26).toInstant());
    assertThat(extended.extensionNote()).contains("需委托第三方核验场地权属", "批准延期至 2026年6月26日");

    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        Map.of("decisionAction", "extension", "extensionReason", "仍需时间"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("已延长过一次");
    officers.complete("decider1", caseNumber, "Task_DecideWrongApproval", decision("keep", "核验后许可条件已满足"));
    assertThat(pi).isWaitingAt("Task_ReceiveWrongApprovalAnswer");
  }

  @Test
  void aRefusedExtensionLeavesTheDeadlineWhereItWas() {
    String caseNumber = grantedRoadFreight();
    ProcessInstance pi = awaitingDecision(caseNumber, "cancel");
    officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        Map.of("decisionAction", "extension", "extensionReason", "案情复杂"));
    assertThatThrownBy(() -> officers.complete("head1", caseNumber, "Task_ApproveFeedbackExtension",
        Map.of("extensionApproved", "refuse"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("意见说明必填");
    officers.complete("head1", caseNumber, "Task_ApproveFeedbackExtension",
        Map.of("extensionApproved", "refuse", "extensionOpinion", "事实已清楚，应在期限内决定"));

    assertThat(officers.task(caseNumber, "Task_DecideWrongApproval").getDueDate()).isEqualTo(endOf(2026, 5, 28));
    Report kept = report(pi);
    assertThat(kept.extended()).isFalse();
    assertThat(kept.decisionDue().toInstant()).isEqualTo(endOf(2026, 5, 28).toInstant());
    assertThat(kept.extensionNote()).contains("不予批准延期");
  }

  @Test
  void reportsFromAnotherRegulatorOnUnknownOrUnlicensedCasesOrTwiceAreRefused() {
    String caseNumber = grantedRoadFreight();
    assertThatThrownBy(() -> reportInTasklist("nhc1", reportForm(caseNumber)))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("nhc1 不属于道路货物运输经营许可的监管部门交通运输局");
    assertThatThrownBy(() -> reportBySystem("samr1", reportForm(caseNumber)))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("不能报告该事项的错误审批");

    assertThatThrownBy(() -> reportInTasklist("transport1", reportForm("32050020260302J000999X")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("办件编号 32050020260302J000999X 不存在");
    String undecided = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    assertThatThrownBy(() -> reportInTasklist("samr1", reportForm(undecided)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("没有许可证");
    Map<String, Object> noFacts = reportForm(caseNumber);
    noFacts.remove("reportFacts");
    assertThatThrownBy(() -> reportInTasklist("transport1", noFacts))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("错误审批的事实必填");
    assertThat(reports.ofCase(caseNumber)).isEmpty();
    assertThat(reports.ofCase(undecided)).isEmpty();

    reportInTasklist("transport1", reportForm(caseNumber));
    assertThatThrownBy(() -> reportBySystem("transport1", reportForm(caseNumber)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("已有正在处理的错误审批报告");
    assertThat(reports.ofCase(caseNumber)).hasSize(1);
  }

  /** An officer of the city bureau who is both 审查员 and 审批决定人 (created once). */
  String reviewerAndDecider() {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("dual1").count() == 0) {
      var user = identity.newUser("dual1");
      user.setFirstName("双岗");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership("dual1", "reviewer");
      identity.createMembership("dual1", "decider");
      identity.createTenantUserMembership("city", "dual1");
    }
    return "dual1";
  }

  @Test
  void whoDecidedTheLicenceOrInvestigatedTheReportDoesNotDecideIt() {
    // granted on a commitment by decider1
    String caseNumber = officers.grantedOnCommitment("320502198103030036");
    ProcessInstance pi = reportBySystem("samr1", reportForm(caseNumber));
    String dual = reviewerAndDecider();
    officers.complete(dual, caseNumber, "Task_InvestigateWrongApproval", founded("revoke"));
    responsePeriodEnds(pi);

    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideWrongApproval",
        decision("keep", "维持"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("回避：本许可由 decider1 作出决定");
    assertThatThrownBy(() -> officers.complete(dual, caseNumber, "Task_DecideWrongApproval",
        decision("keep", "维持"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("一审一核：本报告由 dual1 调查核实");
    assertThat(officers.task(caseNumber, "Task_DecideWrongApproval").getAssignee()).isNull();
    officers.complete("decider2", caseNumber, "Task_DecideWrongApproval", decision("keep", "许可时符合条件"));
    assertThat(pi).isWaitingAt("Task_ReceiveWrongApprovalAnswer");
  }

  @Test
  void whoReviewedTheLicenceDoesNotInvestigateTheReport() {
    // reviewed by reviewer1
    String caseNumber = officers.grantedFood();
    reportInTasklist("samr1", reportForm(caseNumber));

    assertThatThrownBy(() -> officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval",
        founded("revoke"))).isInstanceOf(FormValidationException.class).hasMessageContaining("回避：本许可由 reviewer1 审查");
    officers.complete("reviewer2", caseNumber, "Task_InvestigateWrongApproval", founded("revoke"));
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).contains(NoticeKind.WRONG_APPROVAL_HEARING);
  }

  long investigationsVisible(String user, String caseNumber) {
    return officers.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_InvestigateWrongApproval").count());
  }

  @Test
  void theBureauThatGrantedTheLicenceHandlesTheReport() {
    // a county's own decision (直接放权): the county investigates
    String countyCase = officers.register("awindow1", "RoadFreightLicence",
        Applications.of("M01", "M02", "M03", "M04", "M05")).getBusinessKey();
    officers.complete("awindow1", countyCase, "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "当场准予", "deliveryMethod", "WINDOW", "delivered", true));
    assertThat(reportBySystem("transport1", reportForm(countyCase)).getTenantId()).isEqualTo("countyA");
    assertThat(investigationsVisible("areviewer1", countyCase)).isEqualTo(1);
    assertThat(investigationsVisible("reviewer1", countyCase)).isZero();

    // accepted and examined by the county, decided by the city (受理审核权下放): the city investigates
    String cityDecided = officers.register("awindow1", "DrugRetailLicence",
        Applications.of("M01", "M02", "M03", "M04", "M05", "M06")).getBusinessKey();
    officers.complete("awindow1", cityDecided, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.surveyAs("asurveylead1", cityDecided, "pass");
    officers.complete("areviewer1", cityDecided, "Task_ReviewApplication", Map.of("reviewRecommendation", "grant",
        "reviewOpinion", "县局审查同意，报市局决定"));
    officers.complete("decider1", cityDecided, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));
    Map<String, Object> drugReport = reportForm(cityDecided);
    drugReport.put("reportLegalBasis", "《药品经营和使用质量监督管理办法》");
    assertThat(reportInTasklist("samr1", drugReport).getTenantId()).isEqualTo("city");
    assertThat(investigationsVisible("reviewer1", cityDecided)).isEqualTo(1);
    assertThat(investigationsVisible("areviewer1", cityDecided)).isZero();
  }

  ResponseEntity<Map> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, PASSWORD).postForEntity("/engine-rest" + path, body, Map.class);
  }

  static Map<String, Object> restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
    return variables;
  }

  ResponseEntity<Map> message(String user, String caseNumber) {
    return post(user, "/message", Map.of("messageName", "Msg_WrongApprovalReported", "businessKey", caseNumber,
        "processVariables", restVariables(reportForm(caseNumber))));
  }

  @Test
  void overTheEngineRestApiTheWrongRegulatorGets403AndABadCase400() {
    String caseNumber = grantedRoadFreight();
    ResponseEntity<Map> wrongRegulator = message("nhc1", caseNumber);
    assertThat(wrongRegulator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(wrongRegulator.getBody().get("type")).isEqualTo("AuthorizationException");
    assertThat((String) wrongRegulator.getBody().get("message")).contains("不属于道路货物运输经营许可的监管部门交通运输局");
    ResponseEntity<Map> wrongForm = post("nhc1", "/process-definition/key/" + WrongApprovalFeedback.PROCESS
        + "/submit-form", Map.of("variables", restVariables(reportForm(caseNumber))));
    assertThat(wrongForm.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> unknown = message("transport1", "32050020260302J000999X");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("message")).contains("不存在");
    ResponseEntity<Map> keyOnly = post("transport1", "/message", Map.of("messageName", "Msg_WrongApprovalReported",
        "businessKey", caseNumber, "processVariables", restVariables(Map.of("reportFacts", "事实", "reportLegalBasis", "依据"))));
    assertThat(keyOnly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) keyOnly.getBody().get("message")).contains("消息变量 caseNumber");
    String undecided = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    ResponseEntity<Map> unlicensed = post("samr1", "/process-definition/key/" + WrongApprovalFeedback.PROCESS
        + "/submit-form", Map.of("variables", restVariables(reportForm(undecided))));
    assertThat(unlicensed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unlicensed.getBody().get("message")).contains("没有许可证");
    assertThat(reports.ofCase(caseNumber)).isEmpty();

    // the regulator's system reports; the case's bureau investigates
    assertThat(message("transport1", caseNumber).getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(reports.ofCase(caseNumber)).singleElement()
        .satisfies(r -> assertThat(r.reportedBy()).isEqualTo("transport1"));
    assertThat(officers.task(caseNumber, "Task_InvestigateWrongApproval")).isNotNull();
  }

  @Test
  void theAnswerReachesTheRegulatorsSystemWithItsOwnIdempotencyKey() throws Exception {
    String caseNumber = officers.grantedOnCommitment("320502198101010015");
    ProcessInstance pi = reportBySystem("samr1", Map.of("caseNumber", caseNumber, "reportFacts", "经营场所实为住宅",
        "reportLegalBasis", "《食品经营许可和备案管理办法》", "regulatorReference", "苏市监〔2026〕12号"));
    officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval",
        Map.of("investigationFinding", "unfounded", "investigationReasons", "现场为商住两用房，已取得用途证明"));
    long reportId = report(pi).id();
    assertThat(officers.task(caseNumber, "Task_ReceiveWrongApprovalAnswer")).hasCandidateGroup("regulatorSamr");

    ProcessInstance post = notification(caseNumber, NotificationKind.WRONG_APPROVAL_ANSWER);
    assertThat(post).isWaitingAt("Task_SendToRegulatorSystem");
    try (var system = new RegulatorSystemStub(systems.endpoint("regulatorSamr").orElseThrow())) {
      engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
          .processInstanceId(post.getId()).singleResult().getId());
      assertThat(post).isEnded();
      assertThat(system.received).singleElement().satisfies(received -> {
        assertThat(received.key()).isEqualTo("OneSeal-" + caseNumber + "-wrong-approval-answer-" + reportId)
            .isEqualTo(RegulatorSystemClient.idempotencyKey(caseNumber, NotificationKind.WRONG_APPROVAL_ANSWER,
                reportId));
        assertThat(received.body()).contains("\"kind\":\"wrong-approval-answer\"", "\"caseNumber\":\"" + caseNumber
            + "\"", "\"reportId\":" + reportId, "\"finding\":\"unfounded\"", "\"regulatorReference\":\"苏市监〔2026〕12号\"",
            "已取得用途证明", "\"licenceStatus\":\"VALID\"");
      });
    }
    officers.complete("samr1", caseNumber, "Task_ReceiveWrongApprovalAnswer",
        Map.of("answerReceived", true, "receiptNote", "已知悉"));
    assertThat(report(pi).status()).isEqualTo(WrongApprovalStatus.CLOSED);
  }

  @Test
  void aCommitmentRevocationIsPostedToTheRegulatorsSystemToo() throws Exception {
    String caseNumber = officers.grantedOnCommitment("320502198102020020");
    ProcessInstance verification = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey("Commitment_Verification").singleResult();
    officers.complete("samr1", caseNumber, "Task_VerifyCommitment",
        Map.of("verificationResult", "false", "verificationFindings", "租赁合同系伪造"));
    officers.complete("head1", caseNumber, "Task_ApproveRevocation", Map.of("revocationApproved", "approve"));
    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(verification.getId())
        .singleResult();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 2000));
    engine.getManagementService().executeJob(timer.getId());
    officers.complete("head1", caseNumber, "Task_DecideRevocation",
        Map.of("revocationDecision", "revoke", "revocationOpinion", "事实清楚"));

    ProcessInstance post = notification(caseNumber, NotificationKind.REVOCATION);
    assertThat(post).isWaitingAt("Task_SendToRegulatorSystem");
    try (var system = new RegulatorSystemStub(systems.endpoint("regulatorSamr").orElseThrow())) {
      engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
          .processInstanceId(post.getId()).singleResult().getId());
      assertThat(system.received).singleElement().satisfies(received -> {
        assertThat(received.key()).isEqualTo("OneSeal-" + caseNumber + "-revocation");
        assertThat(received.body()).contains("\"kind\":\"revocation\"", "\"licenceStatus\":\"REVOKED\"", "租赁合同系伪造",
            "\"licenceNumber\":\"" + caseFiles.get(caseNumber).licenceNumber() + "\"");
      });
    }
    assertThat(officers.task(caseNumber, "Task_SignForRevocation")).hasCandidateGroup("regulatorSamr");
  }
}
