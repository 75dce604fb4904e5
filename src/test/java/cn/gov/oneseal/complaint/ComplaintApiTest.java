package cn.gov.oneseal.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * 投诉 over the API, as the online hall, a regulator's system and the bureau's overseers use it — and the walk:
 * an applicant complains through the portal that their case was left waiting; supervisor1 registers it, head1 finds it
 * founded against reviewer1 with a 效能告诫; the applicant reads the answer through the portal; the officer's file and
 * the dashboard show it. Every refusal with its field, nothing written.
 */
class ComplaintApiTest extends CaseTest {

  static final String PORTAL = "OneSeal-Hall-2026";
  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired NoticeService notices;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void realClock() {
    ClockUtil.reset();
  }

  /** A food business licence case reviewed and waiting for its decision, with the query code of its 收件凭证. */
  String[] waitingCase() throws Exception {
    String caseNumber = officers.reviewedFood();
    Matcher code = Pattern.compile("查询码：([A-Z2-9]{8})").matcher(NoticeTexts.of(notices, caseNumber,
        NoticeKind.RECEIPT));
    assertThat(code.find()).isTrue();
    return new String[] {caseNumber, code.group(1)};
  }

  static Map<String, Object> complaint(String caseNumber) {
    Map<String, Object> body = new HashMap<>();
    if (caseNumber != null) {
      body.put("caseNumber", caseNumber);
    }
    body.put("kind", "DELAY");
    body.put("facts", "材料齐全已受理多日，一直显示审查中，打电话无人答复");
    body.put("occurredOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
    body.put("officer", "王强");
    body.put("complainant", Map.of("name", "林晓", "phone", "13912345678"));
    return body;
  }

  ResponseEntity<Map> file(Object body, String secret) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    if (secret != null) {
      headers.set("X-Query-Secret", secret);
    }
    return rest.withBasicAuth("portal", PORTAL).exchange("/api/v1/applicant/complaints", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }

  ResponseEntity<Map> portal(HttpMethod method, String path, String secret, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (secret != null) {
      headers.set("X-Query-Secret", secret);
    }
    return rest.withBasicAuth("portal", PORTAL).exchange("/api/v1/applicant/complaints/" + path, method,
        new HttpEntity<>(body, headers), Map.class);
  }

  <T> ResponseEntity<T> as(String user, String path, Class<T> type) {
    return rest.withBasicAuth(user, PASSWORD).getForEntity(path, type);
  }

  @SuppressWarnings("unchecked")
  static List<String> fields(ResponseEntity<Map> response) {
    return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theApplicantsComplaintIsRegisteredInvestigatedAndAnsweredAndLandsOnTheOfficersFile() throws Exception {
    String[] waiting = waitingCase();
    ResponseEntity<Map> filed = file(complaint(waiting[0]), waiting[1]);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) filed.getBody().get("complaintNumber");
    String code = (String) filed.getBody().get("querySecret");
    assertThat(filed.getBody()).containsEntry("status", "FILED").containsEntry("statusLabel", "待登记");

    officers.complete("supervisor1", number, "Task_RegisterComplaint", Map.of("complaintKind", "DELAY",
        "namedOfficer", "reviewer1", "complaintInvestigator", "head1"));
    ResponseEntity<Map> registered = portal(HttpMethod.GET, number, code, null);
    assertThat(registered.getBody()).containsEntry("statusLabel", "调查中").containsKey("answerDue");
    // the investigator is not told to the complainant
    assertThat(registered.getBody()).doesNotContainKeys("investigator", "namedOfficer");
    // the answer is not yet there: a reply is refused
    assertThat(portal(HttpMethod.POST, number + "/reply", code, Map.of("accepted", true)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    Map<String, Object> founded = new HashMap<>(ComplaintProcessTest.founded("reviewer1"));
    founded.put("rectificationDue",
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7).toString());
    officers.complete("head1", number, "Task_InvestigateComplaint", founded);
    ResponseEntity<Map> answer = portal(HttpMethod.GET, number, code, null);
    assertThat(answer.getBody()).containsEntry("finding", "founded").containsEntry("findingLabel", "属实")
        .containsEntry("mayReply", true);
    assertThat((String) answer.getBody().get("answer")).contains("效能告诫");

    // the officer's file: their own, the supervisor's and the head's reading; a colleague is refused
    ResponseEntity<Map> file = as("supervisor1", "/api/v1/officers/reviewer1/accountability", Map.class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) file.getBody().get("records")).anySatisfy(r ->
        assertThat(r).containsEntry("complaintNumber", number).containsEntry("measure", "效能告诫"));
    assertThat(as("reviewer1", "/api/v1/officers/reviewer1/accountability", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("head1", "/api/v1/officers/reviewer1/accountability", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> colleague = as("reviewer2", "/api/v1/officers/reviewer1/accountability", Map.class);
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) colleague.getBody().get("message")).contains("仅供本人");
    assertThat(as("reviewer1", "/api/v1/complaints/" + number, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the statistics count it against reviewer1, the item and the kind
    ResponseEntity<Map> statistics = as("supervisor1", "/api/v1/complaints/statistics", Map.class);
    assertThat((List<Map<String, Object>>) statistics.getBody().get("byOfficer")).anySatisfy(o -> {
      assertThat(o).containsEntry("officerId", "reviewer1");
      assertThat((Map<String, Integer>) o.get("measures")).containsKey("效能告诫");
    });
    assertThat((List<Map<String, Object>>) statistics.getBody().get("byItem"))
        .anySatisfy(r -> assertThat(r).containsEntry("key", "FoodBusinessLicence"));

    ResponseEntity<Map> accepted = portal(HttpMethod.POST, number + "/reply", code, Map.of("accepted", true));
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(accepted.getBody()).containsEntry("status", "CLOSED").containsEntry("accepted", true);
    ResponseEntity<Map> detail = as("supervisor1", "/api/v1/complaints/" + number, Map.class);
    assertThat(as("reviewer1", "/api/v1/complaints/" + number, Map.class).getBody().get("message").toString())
        .contains("回避");
    assertThat(detail.getBody()).containsEntry("investigator", "head1").containsEntry("namedOfficer", "reviewer1");
  }

  @Test
  void theOnlineHallsBadInputIsRefusedFieldByFieldAndWritesNothing() throws Exception {
    String[] waiting = waitingCase();
    int before = jdbc.queryForObject("select count(*) from complaint", Integer.class);
    // a case without its query code: 401; with a wrong one: 404, as an unknown case
    assertThat(file(complaint(waiting[0]), null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(file(complaint(waiting[0]), "ABCDEFGH").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> bad = complaint(null);
    bad.put("kind", "NOISE");
    bad.put("occurredOn", "2099-01-01");
    bad.put("urgent", "yes");
    bad.put("complainant", Map.of("name", "林晓", "phone", "<script>"));
    ResponseEntity<Map> refused = file(bad, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("urgent");
    bad.remove("urgent");
    refused = file(bad, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).contains("kind", "occurredOn", "complainant.phone");
    assertThat(refused.getBody().toString()).doesNotContain("Exception", "cn.gov");
    assertThat(file("[1, 2]", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, Object> nul = complaint(null);
    nul.put("facts", "拖延\u0000办理");
    assertThat(file(nul, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // an attachment that is not what it says
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("complaint", new HttpEntity<>(new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(complaint(null)), json));
    HttpHeaders pdf = new HttpHeaders();
    pdf.setContentType(MediaType.APPLICATION_PDF);
    parts.add("photo", new HttpEntity<>(new ByteArrayResource("not a pdf".getBytes()) {
      @Override
      public String getFilename() {
        return "photo.pdf";
      }
    }, pdf));
    ResponseEntity<Map> attached = rest.withBasicAuth("portal", PORTAL).exchange("/api/v1/applicant/complaints",
        HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(attached)).containsExactly("files.photo");
    assertThat(jdbc.queryForObject("select count(*) from complaint", Integer.class)).isEqualTo(before);
    // an unknown complaint and a wrong code answer alike
    assertThat(portal(HttpMethod.GET, "TS202601010001", "ABCDEFGH", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aComplaintWithoutACaseCarriesItsAttachmentsAndARegulatorForwardsOnlyItsOwnItemsCases() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = complaint(null);
    body.put("kind", "FEE");
    body.put("bureauId", "countyA");
    parts.add("complaint", new HttpEntity<>(new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(body), json));
    HttpHeaders png = new HttpHeaders();
    png.setContentType(MediaType.IMAGE_PNG);
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    parts.add("receipt", new HttpEntity<>(new ByteArrayResource(image) {
      @Override
      public String getFilename() {
        return "收据.png";
      }
    }, png));
    ResponseEntity<Map> filed = rest.withBasicAuth("portal", PORTAL).exchange("/api/v1/applicant/complaints",
        HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) filed.getBody().get("complaintNumber");
    ResponseEntity<Map> view = portal(HttpMethod.GET, number, (String) filed.getBody().get("querySecret"), null);
    assertThat(view.getBody().toString()).contains("收据.png");
    // county A's complaint: its head and the supervisor read it, the city's head does not
    assertThat(as("ahead1", "/api/v1/complaints/" + number, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("head1", "/api/v1/complaints/" + number, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("supervisor1", "/api/v1/complaints", List.class).getBody().toString()).contains(number);

    String caseNumber = officers.reviewedFood();
    HttpHeaders regulator = new HttpHeaders();
    regulator.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> forwarded = rest.withBasicAuth("samrSystem", "OneSeal-Samr-2026").exchange(
        "/api/v1/regulator/complaints", HttpMethod.POST, new HttpEntity<>(complaint(caseNumber), regulator), Map.class);
    assertThat(forwarded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.queryForObject("select channel from complaint where complaint_number = ?", String.class,
        forwarded.getBody().get("complaintNumber"))).isEqualTo("REGULATOR");
    ResponseEntity<Map> other = rest.withBasicAuth("nhcSystem", "OneSeal-Nhc-2026").exchange(
        "/api/v1/regulator/complaints", HttpMethod.POST, new HttpEntity<>(complaint(caseNumber), regulator), Map.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // the portal's account cannot forward as a regulator, nor start the process through the engine's REST API
    assertThat(rest.withBasicAuth("portal", PORTAL).exchange("/api/v1/regulator/complaints", HttpMethod.POST,
        new HttpEntity<>(complaint(null), regulator), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // nor may a window officer file one "from the portal" by sending the start message through the engine's REST API
    int before = jdbc.queryForObject("select count(*) from complaint", Integer.class);
    Map<String, Object> variables = Map.of("complaintChannel", Map.of("value", "PORTAL"),
        "complaintKind", Map.of("value", "DELAY"), "complaintFacts", Map.of("value", "冒充网上投诉"),
        "occurredOn", Map.of("value", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString()),
        "complainantName", Map.of("value", "某人"), "contactPhone", Map.of("value", "13900000000"),
        "complaintQuerySecret", Map.of("value", "ABCDEFGH"));
    ResponseEntity<String> engine = rest.withBasicAuth("window1", PASSWORD).exchange("/engine-rest/message",
        HttpMethod.POST, new HttpEntity<>(Map.of("messageName", "Msg_ComplaintFiled", "processVariables", variables),
            regulator), String.class);
    assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the engine REST API's documented error type, with the rule in Chinese
    assertThat(engine.getBody()).contains("\"type\":\"AuthorizationException\"").contains("只能通过 /api/v1 提交");
    assertThat(jdbc.queryForObject("select count(*) from complaint", Integer.class)).isEqualTo(before);
  }

  @Test
  void theWindowAddsTheLetterToAComplaintItTookAndNoOneElseCan() {
    Map<String, Object> letter = ComplaintProcessTest.phoneCall(null);
    letter.put("complaintChannel", "LETTER");
    letter.put("occurredOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
    String number = officers.as("window1", () -> engine.getFormService().submitStartForm(engine
        .getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY)
        .latestVersion().singleResult().getId(), letter)).getBusinessKey();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders pdf = new HttpHeaders();
    pdf.setContentType(MediaType.APPLICATION_PDF);
    parts.add("letter", new HttpEntity<>(new ByteArrayResource("%PDF-1.4 投诉信".getBytes()) {
      @Override
      public String getFilename() {
        return "投诉信.pdf";
      }
    }, pdf));
    String path = "/api/v1/complaints/" + number + "/attachments";
    assertThat(rest.withBasicAuth("window2", PASSWORD).exchange(path, HttpMethod.POST,
        new HttpEntity<>(parts, headers), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<List> added = rest.withBasicAuth("window1", PASSWORD).exchange(path, HttpMethod.POST,
        new HttpEntity<>(parts, headers), List.class);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody().toString()).contains("投诉信.pdf");
    ResponseEntity<byte[]> download = rest.withBasicAuth("supervisor1", PASSWORD).getForEntity(path + "/"
        + ((Map<?, ?>) added.getBody().get(0)).get("id"), byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(download.getBody(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("%PDF-1.4 投诉信");
  }
}
