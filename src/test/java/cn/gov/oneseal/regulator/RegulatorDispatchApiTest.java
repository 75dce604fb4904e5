package cn.gov.oneseal.regulator;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.support.Applications;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 推送监管 over the API: a regulator's system lists and reads the decisions dispatched to its department,
 * downloads their notices and signs for them; another department's system sees none of it, and neither
 * officers nor the portal may call it.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class RegulatorDispatchApiTest extends RegulatorApiTest {

  @Autowired JdbcTemplate jdbc;

  static String path(String caseNumber) {
    return "/api/v1/regulator/dispatches/" + caseNumber;
  }

  static List<Map<String, Object>> items(ResponseEntity<Map> page) {
    return (List<Map<String, Object>>) page.getBody().get("items");
  }

  static List<String> caseNumbers(ResponseEntity<Map> page) {
    return items(page).stream().map(item -> (String) item.get("caseNumber")).toList();
  }

  @Test
  void aFoodDecisionIsListedReadAndDownloadedBySamrOnly() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = dispatchedFoodCase();
    var file = caseFiles.get(caseNumber);

    ResponseEntity<Map> pending = get(SAMR, "/api/v1/regulator/dispatches?status=PENDING&size=100");
    assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> listed = items(pending).stream().filter(i -> caseNumber.equals(i.get("caseNumber")))
        .findFirst().orElseThrow();
    assertThat(listed).containsEntry("itemName", "食品经营许可").containsEntry("applicantName", "好味餐饮有限公司")
        .containsEntry("decision", "grant").containsEntry("decisionLabel", "准予行政许可")
        .containsEntry("licenceNumber", file.licenceNumber())
        .containsEntry("licenceValidUntil", file.licenceValidUntil().toString())
        .containsEntry("status", "PENDING").doesNotContainKeys("signedAt", "notices");
    // the sign-for limit: 3 WD from Monday 03-02
    assertThat(listed.get("signForDue")).isEqualTo(WorkingDayCalendar.offsetOf(endOf(2026, 3, 5)).toString());
    assertThat(listed.get("dispatchedAt")).isNotNull();
    assertThat(listed.get("decidedAt")).isNotNull();

    // the health commission's system does not see the food case, and is told so like for an unknown case
    assertThat(caseNumbers(get(NHC, "/api/v1/regulator/dispatches?size=100"))).doesNotContain(caseNumber);
    ResponseEntity<Map> foreign = get(NHC, path(caseNumber));
    ResponseEntity<Map> unknown = get(NHC, path("32050020260302C9999999"));
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(foreign.getBody().get("code")).isEqualTo(unknown.getBody().get("code")).isEqualTo("CASE_NOT_FOUND");

    // one dispatch with its notices, without the applicant's 收件凭证 (it carries the query code)
    ResponseEntity<Map> one = get(SAMR, path(caseNumber));
    assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> notices = (List<Map<String, Object>>) one.getBody().get("notices");
    assertThat(notices).extracting(n -> n.get("kind")).contains("ACCEPTANCE", "GRANT").doesNotContain("RECEIPT");
    Map<String, Object> grant = notices.stream().filter(n -> n.get("kind").equals("GRANT")).findFirst().orElseThrow();
    ResponseEntity<byte[]> pdf = as(SAMR).getForEntity((String) grant.get("href"), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(grant.get("sha256"));
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(as(NHC).getForEntity((String) grant.get("href"), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    long receipt = jdbcReceiptId(caseNumber);
    assertThat(get(SAMR, path(caseNumber) + "/notices/" + receipt).getBody().get("code")).isEqualTo("NOTICE_NOT_FOUND");

    // officers and the portal may not call the regulators' API; anonymous callers must authenticate
    assertThat(get("samr1", path(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("window1", path(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("portal", path(caseNumber)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("samr1", path(caseNumber) + "/sign-for", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(path(caseNumber), Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).isNotNull();
  }

  long jdbcReceiptId(String caseNumber) {
    return jdbc.queryForObject("select id from case_notice where case_number = ? and kind = 'RECEIPT'", Long.class,
        caseNumber);
  }

  @Test
  void samrSignsForOnceAndARetryWithTheSameKeyGetsTheSameAnswer() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = dispatchedFoodCase();
    String signFor = path(caseNumber) + "/sign-for";

    // another department cannot sign for it; a note too long is refused field by field, and nothing is signed
    assertThat(post(NHC, signFor, Map.of("note", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> tooLong = post(SAMR, signFor, Map.of("note", "长".repeat(1001)), "key-too-long-" + caseNumber);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).containsEntry("code", "INVALID_REQUEST");
    assertThat((List<Map<String, Object>>) tooLong.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "note").containsEntry("code", "TOO_LONG"));
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).isNotNull();
    assertThat(caseFiles.get(caseNumber).signedForAt()).isNull();

    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 10, 0, 0));
    String key = "sign-" + caseNumber;
    ResponseEntity<Map> signed = post(SAMR, signFor, Map.of("note", "已纳入日常监管"), key);
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(signed.getHeaders().containsKey("Idempotent-Replayed")).isFalse();
    assertThat(signed.getBody()).containsEntry("caseNumber", caseNumber).containsEntry("status", "SIGNED")
        .containsEntry("signedBy", SAMR).containsEntry("signForNote", "已纳入日常监管");
    // the sign-for listener recorded the client as the signer, and the case is completed
    var file = caseFiles.get(caseNumber);
    assertThat(file.signedForBy()).isEqualTo(SAMR);
    assertThat(file.status()).isEqualTo(CaseStatus.COMPLETED);
    assertThat(file.signedForAt()).isEqualTo(WorkingDayCalendar.offsetOf(shanghai(2026, 3, 3, 10, 0, 0)));
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).isNull();

    // the retry (an answer lost on the way) gets the same answer and signs nothing twice
    ResponseEntity<Map> retried = post(SAMR, signFor, Map.of("note", "已纳入日常监管"), key);
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retried.getBody()).isEqualTo(signed.getBody());
    assertThat(retried.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> o.stage().equals("signFor")).hasSize(1);
    // a new request is refused: signed already; the same key for another request too
    ResponseEntity<Map> again = post(SAMR, signFor, Map.of(), "another-" + caseNumber);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("code")).isEqualTo("ALREADY_SIGNED");
    assertThat((String) again.getBody().get("message")).contains(SAMR);
    ResponseEntity<Map> reused = post(SAMR, signFor, Map.of("note", "另一意见"), key);
    assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(reused.getBody().get("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat((String) reused.getBody().get("message")).contains("sign-for " + caseNumber);
    assertThat(reused.getBody()).doesNotContainKey("errors");
    ResponseEntity<Map> badKey = post(SAMR, signFor, Map.of("note", "x"), "bad key with spaces");
    assertThat(badKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) badKey.getBody().get("errors")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", "Idempotency-Key")
            .containsEntry("code", "INVALID_FORMAT"));

    // listed as signed, no longer as pending
    assertThat(caseNumbers(get(SAMR, "/api/v1/regulator/dispatches?status=SIGNED&size=100"))).contains(caseNumber);
    assertThat(caseNumbers(get(SAMR, "/api/v1/regulator/dispatches?status=PENDING&size=100")))
        .doesNotContain(caseNumber);
    assertThat(get(SAMR, path(caseNumber)).getBody()).containsEntry("status", "SIGNED")
        .containsEntry("signedBy", SAMR);
  }

  @Test
  void nothingDispatchedYetCannotBeSignedFor() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    ResponseEntity<Map> signFor = post(SAMR, path(caseNumber) + "/sign-for", Map.of());
    assertThat(signFor.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(signFor.getBody().get("code")).isEqualTo("NOT_DISPATCHED");
    assertThat(get(SAMR, path(caseNumber)).getBody().get("code")).isEqualTo("DISPATCH_NOT_FOUND");
    assertThat(post(SAMR, path("32050020260302C9999999") + "/sign-for", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theListIsPagedNewestFirstAndItsParametersAreChecked() {
    ClockUtil.setCurrentTime(shanghai(2026, 11, 2, 9, 0, 0));
    String older = dispatchedFoodCase();
    ClockUtil.setCurrentTime(shanghai(2026, 11, 3, 9, 0, 0));
    String newer = dispatchedFoodCase();

    ResponseEntity<Map> first = get(SAMR, "/api/v1/regulator/dispatches?status=ALL&page=0&size=1");
    assertThat(first.getBody()).containsEntry("page", 0).containsEntry("size", 1);
    assertThat(((Number) first.getBody().get("total")).longValue()).isGreaterThanOrEqualTo(2);
    assertThat(caseNumbers(first)).containsExactly(newer);
    assertThat(caseNumbers(get(SAMR, "/api/v1/regulator/dispatches?page=1&size=1"))).containsExactly(older);

    ResponseEntity<Map> invalid = get(SAMR, "/api/v1/regulator/dispatches?status=OPEN&page=-1&size=1000");
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) invalid.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactly("status", "page", "size");
  }
}
