package cn.gov.oneseal.prepublicity;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.gov.oneseal.api.ClientRateLimit;
import cn.gov.oneseal.casefile.QuerySecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 批前公示 in the shared review stage: a 建设工程规划许可 is published after the survey and before the review for the
 * catalogue's 7 working days, on the case's running clock; its timer fires when the engine clock passes the period's
 * end; the objections reach the review form and each must be answered there — refused otherwise, also over
 * {@code /engine-rest} — and the answers are kept and shown in the 办件历史. An item without 批前公示 goes straight to
 * the review.
 */
class PrePublicityProcessTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  /** The objections' limit per client address, forgotten before each objection the test sends. */
  @Autowired @Qualifier("objectionRateLimit") ClientRateLimit objectionLimit;
  @Autowired ClockService clocks;
  @Autowired CaseHistory history;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void monday() {
    // Monday 2026-03-02 09:00
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  /** A 建设工程规划许可 accepted and surveyed: the review stage publishes it. */
  ProcessInstance published() {
    ProcessInstance pi = officers.register("window1", "PlanningPermit", Applications.of("M01", "M02", "M03"));
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(pi.getBusinessKey());
    return pi;
  }

  @Test
  void aPlanningPermitIsPublishedForItsPeriodBeforeTheReviewAndEveryObjectionIsAnswered() {
    ProcessInstance pi = published();
    String caseNumber = pi.getBusinessKey();
    ProcessInstance review = stages.of(pi, "Stage_Review");
    assertThat(review).hasPassedInOrder("Gateway_PrePublicityRequired", "ServiceTask_PublishPrePublicity")
        .isWaitingAt("Event_PrePublicityEnded");
    assertThat(officers.task(caseNumber, "Task_ReviewApplication")).as("no review during the publicity").isNull();
    // 7 working days, the start day not counted: 03-03 … 03-11, to its end
    Job timer = officers.prePublicityTimer(caseNumber);
    assertThat(timer.getDuedate()).isEqualTo(endOf(2026, 3, 11));

    Map<String, Object> listed = listed(caseNumber);
    assertThat(listed).containsEntry("itemName", "建设工程规划许可").containsEntry("applicant", "好味餐饮有限公司")
        .containsEntry("location", "姑苏区人民路100号").containsEntry("startsOn", "2026-03-02")
        .containsEntry("endsOn", "2026-03-11").containsEntry("days", 7).containsEntry("dayKind", "工作日")
        .containsEntry("objections", 0);
    long id = ((Number) listed.get("id")).longValue();

    ResponseEntity<Map> first = object(id, Map.of("name", "李四", "contact", "13800000001",
        "text", "拟建楼栋距本小区 3 号楼过近，冬至日照不足"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody()).containsEntry("number", 1);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 11, 23, 0, 0));
    assertThat(object(id, Map.of("name", "某小区业主委员会", "contact", "owners@example.cn",
        "text", "施工车辆出入口设在小区门前，请调整")).getBody()).containsEntry("number", 2);
    String listing = rest.getForObject("/api/v1/public/pre-publicity", String.class);
    assertThat(listing).contains("\"objections\":2").doesNotContain("李四", "13800000001", "owners@example.cn",
        "日照不足", caseNumber, "91350100M000100Y43", "0512-66881234", "林晓");

    // the period runs on the case's clock (行政许可法第四十五条 does not list 公示): no stop
    assertThat(clocks.clock(caseNumber).stops()).isEmpty();
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.RUNNING);

    // the timer is due only once the engine clock passes the period's end
    assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(shanghai(2026, 3, 12, 0, 0, 1));
    assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).executable().count()).isOne();
    engine.getManagementService().executeJob(timer.getId());
    assertThat(review).hasPassed("Event_PrePublicityEnded", "ServiceTask_ClosePrePublicity")
        .isWaitingAt("Task_ReviewApplication");
    ResponseEntity<Map> late = object(id, Map.of("name", "王五", "contact", "13800000002", "text", "迟到的意见"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).containsEntry("code", "PUBLICITY_CLOSED")
        .containsEntry("message", "该批前公示的公示期已于 2026-03-11 届满，不再受理意见");
    assertThat(rest.getForObject("/api/v1/public/pre-publicity", String.class)).doesNotContain("\"id\":" + id + ",");

    // the review form lists them (no contact data)
    Task task = officers.task(caseNumber, "Task_ReviewApplication");
    String shown = ((SpinJsonNode) engine.getTaskService().getVariable(task.getId(), "prePublicityObjections"))
        .stringValue();
    assertThat(shown).contains("**第 1 条**（2026-03-02 收到）：拟建楼栋距本小区 3 号楼过近，冬至日照不足",
        "**第 2 条**（2026-03-11 收到）：施工车辆出入口设在小区门前，请调整").doesNotContain("13800000001", "李四");

    // an opinion without the answers is refused, naming what is unanswered
    ClockUtil.setCurrentTime(shanghai(2026, 3, 12, 10, 0, 0));
    assertThat(refusal(() -> officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "初审同意"))))
        .contains("批前公示意见第 1 条（2026-03-02 收到）、第 2 条（2026-03-11 收到）尚未答复");
    assertThat(refusal(() -> officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "初审同意",
            "objectionAnswers", "1：经日照分析，3 号楼冬至日满窗日照不少于 2 小时，符合标准"))))
        .contains("批前公示意见第 2 条（2026-03-11 收到）尚未答复").doesNotContain("第 1 条");
    // … on every surface: the engine's REST API (Tasklist submits the form through it)
    officers.run("reviewer1", () -> engine.getTaskService().claim(task.getId(), "reviewer1"));
    ResponseEntity<Map> overRest = rest.withBasicAuth("reviewer1", "OneSeal-2026").exchange(
        "/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST, json("""
            {"variables": {"reviewAction": {"value": "complete"}, "reviewRecommendation": {"value": "grant"},
              "reviewOpinion": {"value": "初审同意"}, "objectionAnswers": {"value": "第1条：已核实"}}}"""), Map.class);
    assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) overRest.getBody().get("message")).contains("批前公示意见第 2 条（2026-03-11 收到）尚未答复");
    assertThat(jdbc.queryForObject("""
        select count(*) from pre_publicity_objection o join pre_publicity p on p.id = o.publicity_id
        where p.case_number = ? and o.answer is not null""", Integer.class, caseNumber))
        .as("a refusal keeps no answer").isZero();

    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewRecommendation", "grant",
        "reviewOpinion", "初审同意，报省厅决定", "objectionAnswers", """
            第1条：经日照分析，3 号楼冬至日满窗日照不少于 2 小时，符合标准
            2、出入口已调整至东侧规划道路，
            施工期间设专人疏导"""));
    assertThat(review).isEnded();
    assertThat(pi).isWaitingAt("CallActivity_HigherOrganDecision");
    List<Map<String, Object>> answers = jdbc.queryForList("""
        select o.seq, o.answer, o.answered_by from pre_publicity_objection o join pre_publicity p on p.id = o.publicity_id
        where p.case_number = ? order by o.seq""", caseNumber);
    assertThat(answers).extracting(a -> a.get("answer")).containsExactly(
        "经日照分析，3 号楼冬至日满窗日照不少于 2 小时，符合标准", "出入口已调整至东侧规划道路，\n施工期间设专人疏导");
    assertThat(answers).extracting(a -> a.get("answered_by")).containsOnly("reviewer1");

    // the 办件历史 tells the publicity, the objections and the answers
    List<CaseHistory.Entry> entries = history.timeline(caseNumber).orElseThrow().entries();
    assertThat(entries).extracting(CaseHistory.Entry::title).containsSubsequence(
        "批前公示开始：好味餐饮有限公司申请建设工程规划许可的设计方案批前公示", "收到批前公示意见第 1 条",
        "收到批前公示意见第 2 条", "批前公示结束", "答复批前公示意见第 1 条");
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("答复批前公示意见第 2 条");
      assertThat(e.detail()).isEqualTo("答复：出入口已调整至东侧规划道路，\n施工期间设专人疏导");
    });
    assertThat(entries).anySatisfy(e -> assertThat(e.detail()).isEqualTo("公示期届满，共收到意见 2 条"));
  }

  @Test
  void withoutObjectionsTheReviewGoesOnAndANaturalPersonIsPublishedByTheSurnameOnly() {
    Map<String, Object> form = Applications.of("M01", "M02", "M03");
    form.put("applicantName", "张三丰");
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", "11010519491231002X");
    ProcessInstance pi = officers.register("window1", "PlanningPermit", form);
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Map<String, Object> listed = listed(caseNumber);
    assertThat(listed).containsEntry("applicant", "张**");
    assertThat(rest.getForObject("/api/v1/public/pre-publicity", String.class))
        .doesNotContain("张三丰", "11010519491231002X");

    officers.endPrePublicity(caseNumber);
    assertThat(engine.getTaskService().getVariable(officers.task(caseNumber, "Task_ReviewApplication").getId(),
        "prePublicityObjections")).isNull();
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "初审同意"));
    assertThat(stages.of(pi, "Stage_Review")).isEnded();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCaseWithdrawnDuringItsPublicityLeavesThePublicListAndTakesNoMoreObjections() {
    String[] caseNumber = new String[1];
    String secret = QuerySecrets.capturing(() -> caseNumber[0] = published().getBusinessKey());
    long id = ((Number) listed(caseNumber[0]).get("id")).longValue();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Query-Secret", secret);
    assertThat(rest.withBasicAuth("portal", "OneSeal-Hall-2026").postForEntity("/api/v1/applicant/cases/"
        + caseNumber[0] + "/withdrawal", new HttpEntity<>("{\"reason\":\"项目取消\"}", headers), Map.class)
        .getStatusCode().is2xxSuccessful()).as("withdrawn by the applicant").isTrue();

    List<Map<String, Object>> open = rest.getForEntity("/api/v1/public/pre-publicity", List.class).getBody();
    assertThat(open).noneMatch(p -> ((Number) p.get("id")).longValue() == id);
    assertThat(object(id, Map.of("name", "李四", "contact", "13800000001", "text", "意见")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anItemWithoutPrePublicityGoesStraightToTheReview() {
    String caseNumber = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("FoodBusinessLicence").singleResult();
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication")
        .hasPassed("Gateway_PrePublicityRequired").hasNotPassed("ServiceTask_PublishPrePublicity");
    assertThat(officers.prePublicityTimer(caseNumber)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from pre_publicity where case_number = ?", Integer.class,
        caseNumber)).isZero();
  }

  /** The open publicity of the case, as the public list shows it. */
  @SuppressWarnings("unchecked")
  Map<String, Object> listed(String caseNumber) {
    long id = jdbc.queryForObject("select id from pre_publicity where case_number = ?", Long.class, caseNumber);
    ResponseEntity<List> open = rest.getForEntity("/api/v1/public/pre-publicity", List.class);
    assertThat(open.getStatusCode()).as("anonymous").isEqualTo(HttpStatus.OK);
    return ((List<Map<String, Object>>) open.getBody()).stream()
        .filter(p -> ((Number) p.get("id")).longValue() == id).findFirst().orElseThrow();
  }

  ResponseEntity<Map> object(long id, Map<String, Object> body) {
    objectionLimit.clear();
    return rest.postForEntity("/api/v1/public/pre-publicity/" + id + "/objections", body, Map.class);
  }

  static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  static String refusal(Runnable action) {
    Throwable refused = catchThrowable(action::run);
    return ApiException.formValidation(refused).orElseThrow(() -> new AssertionError("not refused", refused))
        .getErrors().stream().map(FieldError::message).reduce("", String::concat);
  }
}
