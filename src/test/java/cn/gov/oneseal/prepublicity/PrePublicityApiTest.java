package cn.gov.oneseal.prepublicity;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.gov.oneseal.api.ClientRateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public's side of 批前公示 without a login: an objection is taken while the period runs; a bad one is refused
 * field by field in Chinese, hostile or oversized input with 4xx, and nothing of a refused one is kept.
 */
class PrePublicityApiTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  /** The objections' limit per client address, forgotten before each objection the test sends. */
  @Autowired @Qualifier("objectionRateLimit") ClientRateLimit objectionLimit;
  @Autowired JdbcTemplate jdbc;

  long id;

  @BeforeEach
  void anOpenPublicity() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", "PlanningPermit", Applications.of("M01", "M02", "M03"))
        .getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    id = jdbc.queryForObject("select id from pre_publicity where case_number = ?", Long.class, caseNumber);
  }

  @Test
  void aValidObjectionIsTakenAnonymouslyAndItsContactMayBeAnEmailAddress() {
    ResponseEntity<Map> taken = post(id, "{\"name\": \"赵六\", \"contact\": \"zhao.liu@example.cn\", "
        + "\"text\": \"建议增加绿化\\n并保留现有古树\"}");
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(taken.getBody()).containsEntry("publicityId", (int) id).containsEntry("number", 1)
        .containsKey("receivedAt").doesNotContainValue("赵六");
    assertThat((String) taken.getBody().get("message")).contains("第 1 条", "不予公开");
    assertThat(jdbc.queryForMap("select name, contact, objection_text from pre_publicity_objection where publicity_id = ?",
        id)).containsEntry("NAME", "赵六").containsEntry("CONTACT", "zhao.liu@example.cn")
        .containsEntry("OBJECTION_TEXT", "建议增加绿化\n并保留现有古树");
  }

  @Test
  void badObjectionsAreRefusedFieldByFieldInChinese() {
    ResponseEntity<Map> empty = post(id, "{}");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(empty)).containsExactlyInAnyOrder(
        Map.of("field", "name", "code", "REQUIRED", "message", "姓名或单位名称必填"),
        Map.of("field", "contact", "code", "REQUIRED", "message", "联系方式必填"),
        Map.of("field", "text", "code", "REQUIRED", "message", "意见内容必填"));

    ResponseEntity<Map> wrong = post(id, "{\"name\": \"" + "名".repeat(51) + "\", \"contact\": \"abc\", \"text\": \""
        + "意".repeat(2001) + "\"}");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(wrong)).extracting(e -> e.get("field") + " " + e.get("message")).containsExactlyInAnyOrder(
        "name 姓名或单位名称不得超过 50 字",
        "contact 联系方式须为电话号码（7 到 20 位数字，可含 + - ( ) 和空格）或电子邮箱地址",
        "text 意见内容不得超过 2000 字");

    assertThat(errors(post(id, "{\"name\": 42, \"contact\": \"13800000000\", \"text\": \"意见\", \"admin\": true}")))
        .extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder("name INVALID_TYPE", "admin UNKNOWN_FIELD");
    assertThat(errors(post(id, "{\"name\": \"李\\u0007四\", \"contact\": \"13800000000\", \"text\": \"意见\"}")))
        .extracting(e -> e.get("field") + " " + e.get("message")).containsExactly("name 姓名或单位名称含有不允许的控制字符");
    assertThat(errors(post(id, "{\"name\": \"" + "\uD83D\uDE00".repeat(30) + "\", \"contact\": \"13800000000\", "
        + "\"text\": \"意见\"}"))).as("30 emoji are 60 units of the column, on H2 as on PostgreSQL")
        .extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("name TOO_LONG");
    assertThat(errors(post(id, "{\"name\": \"李四\", \"contact\": \"1-2-3-4-5\", \"text\": \"意见\"}")))
        .extracting(e -> e.get("message")).containsExactly("电话号码至少须有 7 位数字");
    assertThat(jdbc.queryForObject("select count(*) from pre_publicity_objection where publicity_id = ?",
        Integer.class, id)).as("nothing of a refused objection is kept").isZero();
  }

  @Test
  void hostileAndOversizedRequestsAreRefusedWith4xx() {
    assertThat(post(id, "not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(id, "[{\"name\": \"李四\"}]").getBody()).containsEntry("code", "INVALID_BODY");
    assertThat(post(id, "{\"name\": \"李四\", ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> huge = post(id, "{\"name\": \"李四\", \"contact\": \"13800000000\", \"text\": \""
        + "x".repeat(20_000) + "\"}");
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(huge.getBody()).containsEntry("code", "TOO_LARGE");
    String valid = "{\"name\": \"李四\", \"contact\": \"13800000000\", \"text\": \"意见\"}";
    assertThat(post(999_999_999L, valid).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.postForEntity("/api/v1/public/pre-publicity/1%20or%201=1/objections", entity(valid), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    assertThat(rest.postForEntity("/api/v1/public/pre-publicity/" + id + "/objections", new HttpEntity<>(valid, text),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    // anonymous callers may list and object, nothing else: the officers' API stays closed
    assertThat(rest.getForEntity("/api/v1/cases/x/clock", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(jdbc.queryForObject("select count(*) from pre_publicity_objection where publicity_id = ?",
        Integer.class, id)).isZero();
  }

  ResponseEntity<Map> post(long publicity, String body) {
    objectionLimit.clear();
    return rest.postForEntity("/api/v1/public/pre-publicity/" + publicity + "/objections", entity(body), Map.class);
  }

  static HttpEntity<String> entity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> errors(ResponseEntity<Map> answer) {
    return (List<Map<String, Object>>) answer.getBody().get("errors");
  }
}
