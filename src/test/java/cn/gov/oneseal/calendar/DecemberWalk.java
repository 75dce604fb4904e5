package cn.gov.oneseal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Early December with next year's holiday notice not loaded, as the bureau lives it every year: the steps the
 * window, the deciders, the regulator and the five-working-day timer take, and the State Council's notice loaded
 * afterwards by the administrator. The notices here are realistic test data, not the State Council's; they are
 * taken back after each test.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
abstract class DecemberWalk extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  /** 2027 (test data): 元旦 Friday to Sunday; 春节 除夕 Friday 02-05 to 02-13 with Sunday 01-31 and Saturday 02-20 worked. */
  static final Map<String, Object> NOTICE_2027 = Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（测试数据）",
      "off", List.of("2027-01-01..2027-01-03", "2027-02-05..2027-02-13", "2027-04-03..2027-04-05",
          "2027-05-01..2027-05-05", "2027-06-09", "2027-09-15", "2027-10-01..2027-10-07"),
      "work", List.of("2027-01-31", "2027-02-20", "2027-04-25", "2027-05-08", "2027-09-26", "2027-10-09"));
  /** 2028 (test data): 元旦 Saturday, Monday 01-03 given for it; 春节 01-22 to 01-30 with Saturday 02-05 worked. */
  static final Map<String, Object> NOTICE_2028 = Map.of("source", "国务院办公厅关于2028年部分节假日安排的通知（测试数据）",
      "off", List.of("2028-01-01..2028-01-03", "2028-01-22..2028-01-30", "2028-04-02..2028-04-04",
          "2028-05-01..2028-05-05", "2028-05-27..2028-05-29", "2028-10-01..2028-10-08"),
      "work", List.of("2028-02-05", "2028-04-08", "2028-04-29", "2028-09-30", "2028-10-14"));

  @Autowired TestRestTemplate rest;
  @Autowired CalendarMaintenance maintenance;
  @Autowired NoticeService notices;
  @Autowired JdbcTemplate jdbc;

  /** A case registered at the window, with the query code printed on its 收件凭证. */
  record Registered(String caseNumber, String secret, ProcessInstance instance) {}

  @AfterEach
  void takeTheTestNoticesBack() {
    maintenance.withdraw(2028, "admin");
    maintenance.withdraw(2027, "admin");
  }

  /** The administrator loads a year's notice over the API; the answer lists what moved. */
  Map<String, Object> load(int year, Map<String, Object> notice) {
    ResponseEntity<Map> answer = rest.withBasicAuth("admin", PASSWORD).exchange("/api/v1/admin/calendar/" + year,
        HttpMethod.PUT, new HttpEntity<>(notice), Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  Registered register(String item, String... materials) {
    ProcessInstance[] instance = new ProcessInstance[1];
    String secret = QuerySecrets.capturing(() -> instance[0] = officers.register("window1", item,
        Applications.of(materials)));
    return new Registered(instance[0].getBusinessKey(), secret, instance[0]);
  }

  /** 公共场所卫生许可: 20 WD statutory, 10 promised. */
  Registered hygiene() {
    return register("PublicPlaceHygieneLicence", "M01", "M02", "M03", "M04", "M05");
  }

  void accept(String caseNumber) {
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "accept", "surveyRequested", false));
  }

  /** 道路货物运输经营许可, a 即办件: accepted, granted and delivered by the window in one step. */
  void decideOnTheSpot(String caseNumber) {
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "材料齐全，当场准予", "deliveryMethod", "WINDOW", "delivered", true));
  }

  /** A food shop's licence (食品销售) granted on its commitment (告知承诺) on the spot. */
  Registered grantedOnCommitment(String residentId) {
    String[] caseNumber = new String[1];
    String secret = QuerySecrets.capturing(() -> caseNumber[0] = officers.grantedOnCommitment(residentId));
    return new Registered(caseNumber[0], secret, null);
  }

  /** The regulator finds the commitment not met and orders rectification within the working days. */
  void orderRectification(String caseNumber, long workingDays) {
    officers.complete("samr1", caseNumber, "Task_VerifyCommitment", Map.of("verificationResult", "notMet",
        "verificationFindings", "冷藏设施温度记录缺失", "rectificationWorkingDays", workingDays));
  }

  /** The one timer of the case's processes at an activity. */
  Job timer(String caseNumber, String activityId) {
    return engine.getManagementService().createJobQuery().timers().activityId(activityId).list().stream()
        .filter(job -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(job.getProcessInstanceId()).processInstanceBusinessKey(caseNumber).count() == 1)
        .findFirst().orElseThrow(() -> new AssertionError(caseNumber + " has no timer at " + activityId));
  }

  /** The case's clock as its bureau's officers read it. */
  Map<String, Object> clock(String caseNumber) {
    ResponseEntity<Map> answer = rest.withBasicAuth("window1", PASSWORD)
        .getForEntity("/api/v1/cases/" + caseNumber + "/clock", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** The applicant's progress query (the online hall, with the query code). */
  Map<String, Object> progress(Registered registered) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Query-Secret", registered.secret());
    ResponseEntity<Map> answer = rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange(
        "/api/v1/applicant/cases/" + registered.caseNumber(), HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** The progress's stage of a task by its name (任务名). */
  static Map<String, Object> stage(Map<String, Object> progress, String name) {
    return ((List<Map<String, Object>>) progress.get("currentStages")).stream()
        .filter(s -> name.equals(s.get("name"))).findFirst()
        .orElseThrow(() -> new AssertionError("no stage " + name + " in " + progress.get("currentStages")));
  }

  /** The case's latest notice as the applicant reads it (white space removed). */
  String latestNotice(String caseNumber) throws Exception {
    return NoticeTexts.latest(notices, caseNumber);
  }

  String commitmentNote(String caseNumber) {
    return jdbc.queryForObject("select status_note from commitment where case_number = ?", String.class, caseNumber);
  }

  static List<Map<String, Object>> changes(Map<String, Object> report, String kind) {
    return (List<Map<String, Object>>) report.get(kind);
  }
}
