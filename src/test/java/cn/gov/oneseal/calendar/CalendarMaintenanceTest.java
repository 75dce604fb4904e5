package cn.gov.oneseal.calendar;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Officers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The 2027 notice arrives at the end of 2026: until it is loaded, a deadline that needs 2027 is counted on
 * 2027's weekends and statutory holidays and says so; loading it (and correcting it) moves the open deadlines it
 * affects, and says which — but never moves a deadline already given to an applicant earlier. (The notices here
 * are test data; the year is taken back after the test, as no other test expects it loaded.)
 */
class CalendarMaintenanceTest extends CaseTest {

  @Autowired ClockService clocks;
  @Autowired TestRestTemplate rest;
  @Autowired CalendarMaintenance maintenance;

  @AfterEach
  void takeTheTestNoticeBack() {
    maintenance.withdraw(2027, "admin");
  }

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
  void theNextYearsNoticeIsLoadedWithoutACodeChangeAndMovesOpenDeadlinesButNoGivenOneEarlier() {
    String x = accepted(officers, shanghai(2026, 12, 14, 9, 0, 0));
    assertThat(clocks.clock(x).statutoryDue()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(clocks.clock(x).statutoryDueProvisional()).isFalse();
    assertThat(clocks.clock(x).provisionalNote()).isNull();
    officers.passSurvey(x);
    officers.complete("reviewer1", x, "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "需补充检测"));
    // + 5 WD reach into 2027, whose notice is not loaded: approved all the same, on 2027's statutory holidays
    officers.complete("head1", x, "Task_ApproveExtension", Map.of("extensionApproved", "approve",
        "extensionOpinion", "同意", "extensionNoticeGiven", true));
    // 12-29, 12-30, 12-31, (元旦 01-01), 01-04, 01-05
    CaseClock provisional = clocks.clock(x);
    assertThat(provisional.statutoryDue()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(provisional.statutoryDueProvisional()).isTrue();
    assertThat(provisional.promisedDueProvisional()).isFalse();
    assertThat(provisional.provisionalNote()).contains("尚未公布2027年节假日安排", "不会因此提前");
    ResponseEntity<Map> calculated = rest.getForEntity("/api/v1/calendar/deadline?from=2026-12-28&workingDays=5",
        Map.class);
    assertThat(calculated.getBody()).containsEntry("due", "2027-01-05").containsEntry("provisional", true);

    assertThat(put("supervisor1", 2027, Map.of("source", "x", "off", List.of(), "work", List.of())).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map> invalid = put("admin", 2027, Map.of("source", "", "off", List.of("2027-02-30", "2026-12-31")));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) invalid.getBody().get("errors")).hasSize(3)
        .anySatisfy(e -> assertThat(e).contains("years.2027.source"))
        .anySatisfy(e -> assertThat(e).contains("2027-02-30"));

    // the (test) notice makes Saturday 01-02 a working day: the calculator counts it — but the statutory deadline
    // the applicant was given stays 01-05, and the answer says it was kept
    ResponseEntity<Map> loaded = put("admin", 2027, Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（试）",
        "off", List.of("2027-01-01"), "work", List.of("2027-01-02")));
    assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) loaded.getBody().get("cases")).anySatisfy(change -> assertThat(change)
        .containsEntry("caseNumber", x).containsEntry("statutoryDueBefore", "2027-01-05")
        .containsEntry("statutoryDue", "2027-01-05").containsEntry("kept", List.of("statutoryDue")));
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2026-12-28&workingDays=5", Map.class).getBody())
        .containsEntry("due", "2027-01-04").containsEntry("provisional", false).doesNotContainKey("note");
    CaseClock loadedClock = clocks.clock(x);
    assertThat(loadedClock.statutoryDue()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(loadedClock.statutoryDueProvisional()).isFalse();
    assertThat(loadedClock.provisionalNote()).isNull();

    // a case whose survey stage now reaches into 2027: 12-30, 12-31, 01-02 (worked)
    String y = accepted(officers, shanghai(2026, 12, 29, 9, 0, 0));
    assertThat(officers.task(y, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2027, 1, 2));
    assertThat(clocks.clock(y).promisedDue()).isEqualTo(LocalDate.of(2027, 1, 6));

    // the notice is corrected: 01-02 is not worked after all, and 01-04 is off: both cases' deadlines move later
    ResponseEntity<Map> corrected = put("admin", 2027, Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知",
        "off", List.of("2027-01-01", "2027-01-04"), "work", List.of()));
    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> cases = (List<Map<String, Object>>) corrected.getBody().get("cases");
    assertThat(cases).anySatisfy(change -> assertThat(change).containsEntry("caseNumber", x)
        .containsEntry("statutoryDueBefore", "2027-01-05").containsEntry("statutoryDue", "2027-01-06")
        .containsEntry("kept", List.of()));
    assertThat(cases).anySatisfy(change -> assertThat(change).containsEntry("caseNumber", y)
        .containsEntry("promisedDueBefore", "2027-01-06").containsEntry("promisedDue", "2027-01-08"));
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) corrected.getBody().get("tasks");
    assertThat(tasks).anySatisfy(change -> assertThat(change).containsEntry("caseNumber", y)
        .containsEntry("name", "安排勘验").containsEntry("dueBefore", "2027-01-02").containsEntry("due", "2027-01-05"));
    assertThat(officers.task(y, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2027, 1, 5));
  }
}
