package cn.gov.oneseal.calendar;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Officers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 2027 notice arrives at the end of 2026: until it is loaded, a deadline that needs 2027 is
 * refused; loading it (and correcting it) moves the open deadlines it affects, and says which. (The
 * shared test context keeps 2027 loaded afterwards; other tests use years that are never loaded.)
 */
class CalendarMaintenanceTest extends CaseTest {

  @Autowired ClockService clocks;
  @Autowired TestRestTemplate rest;


  ResponseEntity<Map> put(String user, int year, Object body) {
    return rest.withBasicAuth(user, "OneSeal-2026").exchange("/api/v1/admin/calendar/" + year, HttpMethod.PUT,
        new HttpEntity<>(body), Map.class);
  }

  String accepted(Officers officers, java.util.Date at) {
    ClockUtil.setCurrentTime(at);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return caseNumber;
  }

  @Test
  void theNextYearsNoticeIsLoadedWithoutACodeChangeAndMovesOpenDeadlines() {
    String x = accepted(officers, shanghai(2026, 12, 14, 9, 0, 0));
    assertThat(clocks.clock(x).statutoryDue()).isEqualTo(LocalDate.of(2026, 12, 28));
    officers.passSurvey(x);
    officers.complete("reviewer1", x, "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "需补充检测"));
    Map<String, Object> approve = Map.of("extensionApproved", "approve", "extensionOpinion", "同意",
        "extensionNoticeGiven", true);
    // + 5 WD would reach into 2027, whose notice is not loaded: refused, readably
    assertThatThrownBy(() -> officers.complete("head1", x, "Task_ApproveExtension", approve))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("缺少 2027 年的节假日数据");

    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2026-12-28&workingDays=5", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(put("supervisor1", 2027, Map.of("source", "x", "off", List.of(), "work", List.of())).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> invalid = put("admin", 2027, Map.of("source", "", "off", List.of("2027-02-30", "2026-12-31")));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) invalid.getBody().get("errors")).hasSize(3)
        .anySatisfy(e -> assertThat(e).contains("years.2027.source"))
        .anySatisfy(e -> assertThat(e).contains("2027-02-30"));

    ResponseEntity<Map> loaded = put("admin", 2027, Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（试）",
        "off", List.of("2027-01-01"), "work", List.of()));
    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2026-12-28&workingDays=5", Map.class).getBody()
        .get("due")).isEqualTo("2027-01-05");
    officers.complete("head1", x, "Task_ApproveExtension", approve);
    // 12-28 + 5 WD: 12-29, 12-30, 12-31, 01-04, 01-05
    assertThat(clocks.clock(x).statutoryDue()).isEqualTo(LocalDate.of(2027, 1, 5));

    // a case whose survey stage now reaches into 2027
    String y = accepted(officers, shanghai(2026, 12, 29, 9, 0, 0));
    assertThat(officers.task(y, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2027, 1, 4));
    assertThat(clocks.clock(y).promisedDue()).isEqualTo(LocalDate.of(2027, 1, 7));

    // the notice is corrected: 01-04 is off too
    ResponseEntity<Map> corrected = put("admin", 2027, Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知",
        "off", List.of("2027-01-01", "2027-01-04"), "work", List.of()));
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> cases = (List<Map<String, Object>>) corrected.getBody().get("cases");
    assertThat(cases).anySatisfy(change -> assertThat(change).containsEntry("caseNumber", x)
        .containsEntry("statutoryDueBefore", "2027-01-05").containsEntry("statutoryDue", "2027-01-06"));
    assertThat(cases).anySatisfy(change -> assertThat(change).containsEntry("caseNumber", y)
        .containsEntry("promisedDueBefore", "2027-01-07").containsEntry("promisedDue", "2027-01-08"));
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) corrected.getBody().get("tasks");
    assertThat(tasks).anySatisfy(change -> assertThat(change).containsEntry("caseNumber", y)
        .containsEntry("name", "安排勘验").containsEntry("dueBefore", "2027-01-04").containsEntry("due", "2027-01-05"));
    assertThat(officers.task(y, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2027, 1, 5));
  }
}
