package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.support.CaseTest;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 投诉处理 (Supervision_Complaint), every path: filed at the window, registered by e-supervision within a working day,
 * investigated by the unit head it is assigned to (never the officer it names, who may give a statement), answered —
 * founded with accountability, or unfounded — once extended at most; then accepted, not accepted and reviewed by the
 * bureau head, or left without reply until the period ends. Cards on its steps; its entries on the case's timeline.
 */
class ComplaintProcessTest extends CaseTest {

  @Autowired Complaints complaints;
  @Autowired Accountability accountability;
  @Autowired ComplaintSweep sweep;
  @Autowired ComplaintCards cards;
  @Autowired CaseHistory history;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  static Map<String, Object> phoneCall(String caseNumber) {
    Map<String, Object> form = new HashMap<>();
    form.put("complaintChannel", "PHONE");
    if (caseNumber != null) {
      form.put("caseNumber", caseNumber);
    }
    form.put("complaintKind", "DELAY");
    form.put("complaintFacts", "审查环节拖了很久，打电话没人接");
    form.put("occurredOn", "2026-03-02");
    form.put("namedOfficerText", "王强");
    form.put("complainantName", "林晓");
    form.put("contactPhone", "139 1234 5678");
    form.put("contactEmail", "linxiao@example.cn");
    return form;
  }

  ProcessInstance fileAtWindow(Map<String, Object> form) {
    return officers.as("window1", () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY).latestVersion().singleResult()
        .getId(), form));
  }

  Complaint complaint(ProcessInstance pi) {
    return complaints.byNumber(pi.getBusinessKey()).orElseThrow();
  }

  static Map<String, Object> registration(String named, String investigator) {
    Map<String, Object> form = new HashMap<>();
    form.put("complaintKind", "DELAY");
    form.put("namedOfficer", named);
    form.put("complaintInvestigator", investigator);
    return form;
  }

  static Map<String, Object> founded(String... responsible) {
    Map<String, Object> form = new HashMap<>();
    form.put("complaintAction", "answer");
    form.put("complaintFinding", "founded");
    form.put("findingReasons", "审查超出环节期限 3 个工作日，未告知申请人原因");
    form.put("responsibleOfficers", Variables.objectValue(List.of(responsible))
        .serializationDataFormat("application/json").create());
    form.put("responsibleStep", "审查");
    form.put("accountabilityMeasure", "效能告诫");
    form.put("rectification", "当日完成审查并向申请人说明");
    form.put("rectificationDue", "2026-03-06");
    form.put("complaintAnswer", "经调查，您反映的审查拖延属实，已对责任人效能告诫，并督促当日完成审查。");
    return form;
  }

  static Map<String, Object> unfounded() {
    return Map.of("complaintAction", "answer", "complaintFinding", "unfounded", "findingReasons",
        "审查在期限内进行，申请人补正材料期间暂停计时", "complaintAnswer", "经调查，审查在法定期限内进行，您反映的情况不属实。");
  }

  @Test
  void aFoundedComplaintIsAnsweredOnTheClockAndStaysOnTheOfficersFile() throws Exception {
    String caseNumber = officers.reviewedFood();
    ProcessInstance pi = fileAtWindow(phoneCall(caseNumber));
    Complaint filed = complaint(pi);
    assertThat(filed.number()).matches("TS20260302\\d{4}");
    assertThat(filed.bureauId()).isEqualTo("city");
    assertThat(filed.registrationDue().toInstant()).isEqualTo(endOf(2026, 3, 3).toInstant());
    assertThat(pi).isWaitingAt("Task_RegisterComplaint");
    Task registration = officers.task(pi.getBusinessKey(), "Task_RegisterComplaint");
    assertThat(registration.getName()).isEqualTo("登记投诉 · " + filed.number() + " · 拖延办理、超期未办");
    assertThat(registration.getDueDate()).isEqualTo(endOf(2026, 3, 3));
    // the words "王强" name reviewer1, who reviewed the case: the registration form has them chosen
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "namedOfficer")).isEqualTo("reviewer1");
    // the window's receipt tells the complainant the number and the query code by text and e-mail
    assertThat(message("OneSeal-" + filed.number() + "-FILED-SMS")).hasValueSatisfying(m ->
        assertThat(m).contains(filed.number()).contains("查询码").contains("已收到"));
    assertThat(message("OneSeal-" + filed.number() + "-FILED-EMAIL")).isPresent();

    officers.complete("supervisor1", pi.getBusinessKey(), "Task_RegisterComplaint", registration("reviewer1", "head1"));
    assertThat(pi).isWaitingAt("Task_InvestigateComplaint", "Task_GiveStatement");
    Task investigation = officers.task(pi.getBusinessKey(), "Task_InvestigateComplaint");
    assertThat(investigation.getAssignee()).isEqualTo("head1");
    assertThat(investigation.getDueDate()).isEqualTo(endOf(2026, 3, 9));
    assertThat(officers.task(pi.getBusinessKey(), "Task_GiveStatement").getAssignee()).isEqualTo("reviewer1");
    // the case's timeline is at hand in the investigator's form
    assertThat((String) engine.getTaskService().getVariable(investigation.getId(), CaseVariables.CASE_TIMELINE))
        .contains("收件登记").contains("reviewer1");

    officers.complete("reviewer1", pi.getBusinessKey(), "Task_GiveStatement",
        Map.of("officerStatement", "当时等待消防部门意见，未及时告知申请人"));
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), CaseVariables.OFFICER_STATEMENTS))
        .contains("王强（reviewer1）").contains("等待消防部门意见");

    officers.complete("head1", pi.getBusinessKey(), "Task_InvestigateComplaint", founded("reviewer1"));
    Complaint answered = complaint(pi);
    assertThat(answered.status()).isEqualTo(ComplaintStatus.ANSWERED);
    assertThat(answered.finding()).isEqualTo(Finding.founded);
    assertThat(answered.replyDue().toInstant()).isEqualTo(endOf(2026, 3, 9).toInstant());
    // the officer's file (other tests' records of reviewer1 aside)
    assertThat(accountability.ofOfficer("reviewer1")).filteredOn(r -> r.complaintNumber().equals(filed.number()))
        .singleElement().satisfies(r -> {
          assertThat(r.measure()).isEqualTo("效能告诫");
          assertThat(r.step()).isEqualTo("审查");
          assertThat(r.itemCode()).isEqualTo("FoodBusinessLicence");
          assertThat(r.rectificationDue()).hasToString("2026-03-06");
        });
    assertThat(message("OneSeal-" + filed.number() + "-ANSWERED-EMAIL")).hasValueSatisfying(m ->
        assertThat(m).contains("属实").contains("效能告诫").contains("是否接受"));
    assertThat(pi).isWaitingAt("Gateway_AwaitReply");

    reply(pi, true, null);
    assertThat(pi).isEnded().hasPassed("EndEvent_Accepted");
    assertThat(complaint(pi).status()).isEqualTo(ComplaintStatus.CLOSED);
    // the case's 办件历史 shows the complaint and what came of it
    List<CaseHistory.Entry> entries = history.timeline(caseNumber).orElseThrow().entries().stream()
        .filter(e -> "投诉".equals(e.type())).toList();
    assertThat(entries).extracting(CaseHistory.Entry::title).contains("收到投诉 " + filed.number() + "（拖延办理、超期未办）",
        "答复投诉 " + filed.number() + "：属实", "投诉人接受答复 " + filed.number());
    // who was held to account, and how, stays with the overseers: the case's readers see that someone was
    assertThat(entries).anySatisfy(e -> assertThat(e.detail()).isEqualTo("已追究责任，记录由电子监察和局负责人查阅"));
    assertThat(entries).noneSatisfy(e -> assertThat(e.detail()).contains("效能告诫"));
  }

  /** The body of the outbox message with this key, if kept. */
  java.util.Optional<String> message(String key) {
    return jdbc.queryForList("select body from outbox_message where message_key = ?", String.class, key).stream()
        .findFirst();
  }

  void reply(ProcessInstance pi, boolean accepted, String comment) {
    engine.getRuntimeService().createMessageCorrelation("Msg_ComplaintReply").processInstanceBusinessKey(
        pi.getBusinessKey()).setVariable("complaintAccepted", accepted).setVariable("replyComment", comment)
        .correlate();
  }

  @Test
  void theAnswerPeriodIsExtendedOnceAndSilenceClosesTheComplaint() {
    ProcessInstance pi = fileAtWindow(phoneCall(null));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "caseOpen")).isEqualTo(false);
    officers.complete("supervisor1", pi.getBusinessKey(), "Task_RegisterComplaint", registration(null, "decider1"));
    // no officer named: no statement is asked for
    assertThat(pi).hasPassed("EndEvent_NoStatement").isWaitingAt("Task_InvestigateComplaint");
    officers.complete("decider1", pi.getBusinessKey(), "Task_InvestigateComplaint", Map.of("complaintAction", "extend",
        "extensionReason", "需调取窗口监控录像"));
    Task again = officers.task(pi.getBusinessKey(), "Task_InvestigateComplaint");
    // five more working days from the old deadline (Monday 03-09)
    assertThat(again.getDueDate()).isEqualTo(endOf(2026, 3, 16));
    assertThat(complaint(pi).extended()).isTrue();
    assertThatThrownBy(() -> officers.complete("decider1", pi.getBusinessKey(), "Task_InvestigateComplaint",
        Map.of("complaintAction", "extend", "extensionReason", "还需时间")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不能再延长");

    officers.complete("decider1", pi.getBusinessKey(), "Task_InvestigateComplaint", unfounded());
    assertThat(accountability.ofComplaint(complaint(pi).id())).isEmpty();
    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(pi.getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(endOf(2026, 3, 9));
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 2000));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(pi).isEnded().hasPassed("EndEvent_ClosedWithoutReply");
    assertThat(complaint(pi).status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(complaint(pi).accepted()).isNull();
  }

  @Test
  void theNamedOfficersStatementWaitsForAnExtendedDeadlineAndEndsWithTheAnswer() {
    ProcessInstance pi = fileAtWindow(phoneCall(null));
    officers.complete("supervisor1", pi.getBusinessKey(), "Task_RegisterComplaint", registration("reviewer1", "head1"));
    Task statement = officers.task(pi.getBusinessKey(), "Task_GiveStatement");
    assertThat(statement.getDueDate()).isEqualTo(endOf(2026, 3, 9));
    // Tasklist's 投诉待办: the named officer finds the statement, the investigator the investigation, a colleague nothing
    String filter = engine.getFilterService().createFilterQuery().filterName("投诉待办").singleResult().getId();
    assertThat(officers.as("reviewer1", () -> engine.getFilterService().<Task>list(filter))).extracting(Task::getId)
        .contains(statement.getId());
    assertThat(officers.as("head1", () -> engine.getFilterService().<Task>list(filter))).extracting(Task::getId)
        .contains(officers.task(pi.getBusinessKey(), "Task_InvestigateComplaint").getId())
        .doesNotContain(statement.getId());
    assertThat(officers.as("reviewer2", () -> engine.getFilterService().<Task>list(filter)))
        .noneMatch(t -> pi.getId().equals(t.getProcessInstanceId()));
    // the complainant's name and contact are not among the variables the named officer's task can read
    assertThat(engine.getTaskService().getVariables(statement.getId())).doesNotContainKeys("complainantName",
        "contactPhone", "contactEmail");
    assertThat((String) engine.getTaskService().getVariable(statement.getId(), CaseVariables.COMPLAINT_SUMMARY))
        .doesNotContain("林晓");
    officers.complete("head1", pi.getBusinessKey(), "Task_InvestigateComplaint", Map.of("complaintAction", "extend",
        "extensionReason", "等待被投诉人休假归来说明情况"));
    assertThat(officers.task(pi.getBusinessKey(), "Task_GiveStatement").getDueDate()).isEqualTo(endOf(2026, 3, 16));
    // no card on a statement the officer may or may not give
    ClockUtil.setCurrentTime(shanghai(2026, 3, 17, 9, 0, 0));
    sweep.sweep();
    assertThat(cards.of(complaint(pi).id())).extracting(ComplaintCards.Card::step)
        .doesNotContain("Task_GiveStatement").contains("Task_InvestigateComplaint");
    officers.complete("head1", pi.getBusinessKey(), "Task_InvestigateComplaint", unfounded());
    assertThat(pi).hasPassed("EndEvent_Answered").isWaitingAt("Gateway_AwaitReply");
    assertThat(officers.task(pi.getBusinessKey(), "Task_GiveStatement")).isNull();
  }

  @Test
  void anAnswerNotAcceptedIsReviewedOnceByTheBureauHead() {
    ProcessInstance pi = fileAtWindow(phoneCall(null));
    officers.complete("supervisor1", pi.getBusinessKey(), "Task_RegisterComplaint", registration(null, "decider1"));
    officers.complete("decider1", pi.getBusinessKey(), "Task_InvestigateComplaint", unfounded());
    reply(pi, false, "窗口明明让我跑了三次");
    assertThat(complaint(pi).status()).isEqualTo(ComplaintStatus.REVIEWING);
    Task review = officers.task(pi.getBusinessKey(), "Task_ReviewComplaint");
    assertThat(review.getDueDate()).isEqualTo(endOf(2026, 3, 9));
    // the bureau's heads as candidate users: a colleague does not see the review in any list
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(l -> l.getUserId())
        .containsExactly("head1");
    assertThat(officers.as("reviewer2", () -> engine.getTaskService().createTaskQuery().taskId(review.getId())
        .count())).isZero();
    officers.complete("head1", pi.getBusinessKey(), "Task_ReviewComplaint", Map.of("reviewResult", "revised",
        "reviewOpinion", "经复核，窗口未一次性告知所需材料，改为部分属实，已责令窗口整改。"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Reviewed");
    Complaint reviewed = complaint(pi);
    assertThat(reviewed.reviewResult()).isEqualTo("revised");
    assertThat(reviewed.reviewedBy()).isEqualTo("head1");
    assertThat(message("OneSeal-" + reviewed.number() + "-REVIEWED-SMS")).hasValueSatisfying(m ->
        assertThat(m).contains("复核"));
  }

  @Test
  void theOfficerNamedNeverInvestigatesAndAComplaintAboutAHeadGoesToTheBureauHead() {
    String caseNumber = officers.grantedFood();
    Map<String, Object> aboutDecider = phoneCall(caseNumber);
    aboutDecider.put("namedOfficerText", "decider1");
    ProcessInstance pi = fileAtWindow(aboutDecider);
    String number = pi.getBusinessKey();
    assertThatThrownBy(() -> officers.complete("supervisor1", number, "Task_RegisterComplaint",
        registration("decider1", "decider1"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("回避");
    assertThatThrownBy(() -> officers.complete("supervisor1", number, "Task_RegisterComplaint",
        registration("decider1", "decider2"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("应由局负责人调查");
    // a supervisor is no unit head: not among the investigators
    assertThatThrownBy(() -> officers.complete("supervisor1", number, "Task_RegisterComplaint",
        registration("decider1", "supervisor1"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("调查人须从列出的单位负责人中选择");
    assertThat(complaint(pi).status()).isEqualTo(ComplaintStatus.FILED);
    officers.complete("supervisor1", number, "Task_RegisterComplaint", registration("decider1", "head1"));
    // handing the investigation to the officer named (转办, 改派) is refused at once
    Task investigation = officers.task(number, "Task_InvestigateComplaint");
    assertThatThrownBy(() -> engine.getTaskService().setAssignee(investigation.getId(), "decider1"))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("回避");
    // the 一审一核 officer may not list someone who worked on nothing of the case
    Map<String, Object> stranger = founded("breviewer1");
    assertThatThrownBy(() -> officers.complete("head1", number, "Task_InvestigateComplaint", stranger))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("责任人须从列出的人员中选择");
  }

  @Test
  void anUrgentComplaintUrgesTheCasesCurrentStep() {
    String caseNumber = officers.reviewedFood();
    Map<String, Object> urgent = phoneCall(caseNumber);
    urgent.put("urgent", true);
    ProcessInstance pi = fileAtWindow(urgent);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "caseOpen")).isEqualTo(true);
    Map<String, Object> form = registration("reviewer1", "head1");
    form.put("urgeCase", true);
    form.put("urgeNote", "申请人投诉拖延，请今日内作出决定");
    officers.complete("supervisor1", pi.getBusinessKey(), "Task_RegisterComplaint", form);
    Task decision = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(engine.getTaskService().getVariableLocal(decision.getId(), CaseVariables.URGED)).isEqualTo(true);
    assertThat(jdbc.queryForObject("select note from task_urge where task_id = ?", String.class, decision.getId()))
        .isEqualTo("投诉 " + pi.getBusinessKey() + "：申请人投诉拖延，请今日内作出决定");
  }

  @Test
  void aComplaintsStepsGetYellowAndRedCards() {
    ProcessInstance pi = fileAtWindow(phoneCall(null));
    long id = complaint(pi).id();
    sweep.sweep();
    assertThat(cards.of(id)).isEmpty();
    // the registration is due at the end of Tuesday 03-03: yellow from its yellow point, red after
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 9, 0, 0));
    sweep.sweep();
    assertThat(cards.of(id)).extracting(ComplaintCards.Card::step, ComplaintCards.Card::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Task_RegisterComplaint", ComplaintCards.Kind.YELLOW));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 4, 9, 0, 0));
    sweep.sweep();
    sweep.sweep();
    assertThat(cards.of(id)).extracting(ComplaintCards.Card::kind)
        .containsExactly(ComplaintCards.Kind.YELLOW, ComplaintCards.Kind.RED);
  }

  @Test
  void badInputAtTheWindowIsRefusedFieldByFieldAndWritesNothing() {
    int before = jdbc.queryForObject("select count(*) from complaint", Integer.class);
    Map<String, Object> form = phoneCall("32050020260302C999999X");
    form.put("occurredOn", "2026-03-05");
    form.put("contactPhone", "call me maybe");
    form.put("complaintKind", "LOUD");
    form.remove("complainantName");
    assertThatThrownBy(() -> fileAtWindow(form)).isInstanceOfSatisfying(FormValidationException.class, e ->
        assertThat(e.getErrors()).extracting(f -> f.field()).contains("caseNumber", "occurredOn", "contactPhone",
            "complaintKind", "complainantName"));
    Map<String, Object> portalChannel = phoneCall(null);
    portalChannel.put("complaintChannel", "PORTAL");
    assertThatThrownBy(() -> fileAtWindow(portalChannel)).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("投诉渠道");
    assertThat(jdbc.queryForObject("select count(*) from complaint", Integer.class)).isEqualTo(before);
  }

  @Test
  void anonymousComplaintsAreTakenOnlyWhereTheBureauSaysSo() {
    assertThat(ComplaintFiling.contactErrors(false, true, null, null, null)).extracting(e -> e.field() + " " + e.code())
        .containsExactly("anonymous NOT_ALLOWED");
    assertThat(ComplaintFiling.contactErrors(true, true, null, null, null)).isEmpty();
    assertThat(ComplaintFiling.contactErrors(true, false, "林晓", null, null)).extracting(e -> e.field())
        .containsExactly("contactPhone");
    // the demo bureau takes them: without name or contact, read in the online hall only
    Map<String, Object> anonymous = phoneCall(null);
    anonymous.put("anonymous", true);
    anonymous.remove("complainantName");
    anonymous.remove("contactPhone");
    anonymous.remove("contactEmail");
    Complaint filed = complaint(fileAtWindow(anonymous));
    assertThat(filed.complainant()).isEqualTo("匿名投诉人");
    assertThat(message("OneSeal-" + filed.number() + "-FILED-SMS")).isEmpty();
  }
}
