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

/** GET /api/v1/calendar/deadline: anonymous, working days, 422 for a year without data. */
@OneSealSpringTest
class CalendarEndpointTest {

  @Autowired TestRestTemplate rest;

  @Test
  void answersTheWorkedExampleAnonymously() {
    ResponseEntity<Map> answer = rest.getForEntity("/api/v1/calendar/deadline?from=2025-09-26&workingDays=20", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("due")).isEqualTo("2025-10-30");
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2026-02-13&workingDays=2", Map.class).getBody()
        .get("due")).isEqualTo("2026-02-24");
  }

  @Test
  void aYearWithoutDataIs422WithAClearMessage() {
    ResponseEntity<Map> answer = rest.getForEntity("/api/v1/calendar/deadline?from=2099-03-02&workingDays=10", Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(answer.getBody().get("year")).isEqualTo(2099);
    assertThat((String) answer.getBody().get("message")).contains("缺少 2099 年的节假日数据");
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
