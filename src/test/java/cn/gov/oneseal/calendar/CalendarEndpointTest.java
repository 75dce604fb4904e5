package cn.gov.oneseal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/v1/calendar/deadline: anonymous, working days; a year without its notice is answered provisionally on
 * the statutory holidays; 422 only for a year with no statutory basis.
 */
@OneSealSpringTest
class CalendarEndpointTest {

  @Autowired TestRestTemplate rest;

  @Test
  void answersTheWorkedExampleAnonymously() {
    ResponseEntity<Map> answer = rest.getForEntity("/api/v1/calendar/deadline?from=2025-09-26&workingDays=20", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("due")).isEqualTo("2025-10-30");
    assertThat(answer.getBody().get("provisional")).isEqualTo(false);
    assertThat(answer.getBody()).doesNotContainKey("note");
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2026-02-13&workingDays=2", Map.class).getBody()
        .get("due")).isEqualTo("2026-02-24");
  }

  @Test
  void aYearWhoseNoticeIsNotLoadedIsAnsweredProvisionallyOnTheStatutoryHolidays() {
    // no test leaves 2027's notice loaded: 2027-01-01 (元旦, a Friday) is off all the same
    ResponseEntity<Map> answer = rest.getForEntity("/api/v1/calendar/deadline?from=2026-12-30&workingDays=5", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("due")).isEqualTo("2027-01-07");
    assertThat(answer.getBody().get("provisional")).isEqualTo(true);
    assertThat((String) answer.getBody().get("note")).contains("尚未公布2027年节假日安排", "法定节假日", "春节");
  }

  @Test
  void aYearWithNoStatutoryBasisIs422WithAClearMessage() {
    ResponseEntity<Map> answer = rest.getForEntity("/api/v1/calendar/deadline?from=2099-03-02&workingDays=10", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(answer.getBody().get("code")).isEqualTo("CALENDAR_YEAR_MISSING");
    assertThat(answer.getBody().get("year")).isEqualTo(2099);
    assertThat((String) answer.getBody().get("message")).contains("无法计算 2099 年的期限");
    // before the 放假办法 of 2025
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2024-12-02&workingDays=5", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  void badParametersAre400WithFieldErrors() {
    ResponseEntity<Map> answer = rest.getForEntity("/api/v1/calendar/deadline?from=2025-02-30&workingDays=x", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) answer.getBody().get("errors")).extracting(e -> e.get("field") + ":" + e.get("code"))
        .containsExactly("from:INVALID_DATE", "workingDays:INVALID_NUMBER");
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?workingDays=-1", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
