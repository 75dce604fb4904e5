package cn.gov.oneseal.publication;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.oneseal.outbox.Outbox;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessages;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.window.WindowSubmission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.gov.oneseal.api.ClientRateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 双公示 as the public and the credit platform see it: a grant (food, a natural person; road freight, an organisation)
 * is on the anonymous list with exactly the standard's published fields — the ID number masked, no address, no case
 * number — and found by name, credit code and licence number; a denial is not; a revocation is published with the
 * licence no longer in force; a 容缺 grant only once its licence is issued; the push reaches a stub platform once with its idempotency key and signature, a
 * platform that is down gets it when it is back; a push missing after 7 working days raises a 公示逾期 card; bad,
 * oversized query input is refused with field messages in Chinese.
 */
class PublicationTest extends CaseTest {

  static final String RESIDENT_ID = "11010519491231002X";
  static final Set<String> PUBLISHED_FIELDS = Set.of("holderName", "holderCategory", "creditCode", "idType", "idNumber",
      "decision", "documentName", "documentNumber", "licenceCategory", "licenceName", "licenceNumber", "content",
      "decidedOn", "validFrom", "validUntil", "issuer", "issuerCreditCode", "status", "dataSource",
      "dataSourceCreditCode", "remarks");

  @Autowired Publications publications;
  @Autowired OutboxMessages messages;
  @Autowired CreditPlatformChannel channel;
  @Autowired CreditPlatformProperties properties;
  @Autowired SupervisionSweep sweep;
  @Autowired Cards cards;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired @Qualifier("publicationListRateLimit") ClientRateLimit listLimit;
  @LocalServerPort int port;

  HttpServer platform;
  final AtomicInteger answer = new AtomicInteger(200);
  final List<Map<String, String>> received = Collections.synchronizedList(new ArrayList<>());

  /** A stub credit platform: records each request's key, signature headers and body, answers {@link #answer}. */
  @BeforeEach
  void stubPlatform() throws Exception {
    listLimit.clear();
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    platform.createContext("/publications", exchange -> {
      Map<String, String> request = new HashMap<>();
      request.put("key", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
      request.put("appKey", exchange.getRequestHeaders().getFirst("X-App-Key"));
      request.put("timestamp", exchange.getRequestHeaders().getFirst("X-Timestamp"));
      request.put("signature", exchange.getRequestHeaders().getFirst("X-Signature"));
      request.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      int status = answer.get();
      if (status == 200) {
        received.add(request);
      }
      byte[] reply = (status == 200 ? "{\"code\":\"0\"}" : "{\"message\":\"维护中\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, reply.length);
      exchange.getResponseBody().write(reply);
      exchange.close();
    });
    platform.start();
    channel.pointAt("http://127.0.0.1:" + platform.getAddress().getPort() + "/publications");
  }

  @AfterEach
  void platformGone() {
    channel.pointAt(properties.url());
    platform.stop(0);
  }

  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  }

  /** A valid 统一社会信用代码 no other test uses. */
  static String creditCode() {
    String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    String body = "91320500" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += chars.indexOf(body.charAt(i)) * weights[i];
    }
    int check = 31 - sum % 31;
    return body + chars.charAt(check == 31 ? 0 : check);
  }

  /** A food licence (餐饮服务) granted on the ordinary path to a natural person. */
  String grantedFoodToAPerson(String name) {
    Map<String, Object> form = new HashMap<>(Applications.food());
    form.put("applicantName", name);
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", RESIDENT_ID);
    form.put("premisesAddress", "姑苏区十全街88号");
    String caseNumber = officers.register("window1", form).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));
    return caseNumber;
  }

  /** A road freight licence (即办件) decided on the spot for an organisation: grant or deny. */
  String roadFreight(String name, String creditCode, String decision) {
    Map<String, Object> form = new HashMap<>(Applications.of("M01", "M02", "M03", "M04", "M05"));
    form.put("applicantName", name);
    form.put("applicantId", creditCode);
    String caseNumber = officers.register("window1", "RoadFreightLicence", form).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", decision, "decisionOpinion", "grant".equals(decision) ? "当场准予" : "停车场地不符合条件",
        "deliveryMethod", "WINDOW", "delivered", true));
    return caseNumber;
  }

  ResponseEntity<String> list(String query) {
    return rest.getForEntity("/api/v1/public/publications" + query, String.class);
  }

  JsonNode found(String query) throws Exception {
    ResponseEntity<String> response = list(query);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  OutboxMessage creditMessage(String caseNumber) {
    return messages.ofCase(caseNumber).stream().filter(m -> CreditPlatformChannel.NAME.equals(m.channel()))
        .reduce((a, b) -> b).orElseThrow();
  }

  /** Runs the due jobs of one outbox message, as the job executor would; returns how many ran. */
  int push(long messageId) {
    int run = 0;
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (job instanceof JobEntity entity && Outbox.JOB_TYPE.equals(entity.getJobHandlerType())
          && Long.toString(messageId).equals(entity.getJobHandlerConfigurationRaw())) {
        engine.getManagementService().executeJob(job.getId());
        run++;
      }
    }
    return run;
  }

  @Test
  void aGrantToAPersonIsOnThePublicListWithThePublishedFieldsOnlyAndTheIdMasked() throws Exception {
    String name = unique("王个体");
    String caseNumber = grantedFoodToAPerson(name);
    String licence = caseFiles.get(caseNumber).licenceNumber();

    ResponseEntity<String> anonymous = list("?name=" + name);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the case number is printed in the decision's number (文书号, published), never as a field of its own
    assertThat(anonymous.getBody()).doesNotContain(RESIDENT_ID, "十全街", "caseNumber");
    JsonNode page = json.readTree(anonymous.getBody());
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode p = page.get("publications").get(0);
    List<String> fields = new ArrayList<>();
    p.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrderElementsOf(PUBLISHED_FIELDS);
    assertThat(p.get("holderName").asText()).isEqualTo(name);
    assertThat(p.get("holderCategory").asText()).isEqualTo("自然人");
    assertThat(p.get("creditCode").isNull()).isTrue();
    assertThat(p.get("idType").asText()).isEqualTo("身份证");
    assertThat(p.get("idNumber").asText()).isEqualTo("110105********002X");
    assertThat(p.get("decision").asText()).isEqualTo("准予行政许可");
    assertThat(p.get("documentName").asText()).isEqualTo("准予行政许可决定书");
    assertThat(p.get("documentNumber").asText()).startsWith(caseNumber + "-");
    assertThat(p.get("licenceCategory").asText()).isEqualTo("普通");
    assertThat(p.get("licenceName").asText()).isEqualTo("食品经营许可证");
    assertThat(p.get("licenceNumber").asText()).isEqualTo(licence);
    assertThat(p.get("content").asText()).isEqualTo("食品经营许可（经营项目：餐饮服务）");
    assertThat(p.get("decidedOn").asText()).isEqualTo("2026-03-02");
    assertThat(p.get("validFrom").asText()).isEqualTo("2026-03-02");
    assertThat(p.get("validUntil").asText()).isEqualTo("2031-03-01");
    assertThat(p.get("issuer").asText()).isEqualTo("某市行政审批服务局");
    assertThat(p.get("issuerCreditCode").asText()).isEqualTo("11320500MB0123456D");
    assertThat(p.get("status").asText()).isEqualTo("有效");
    assertThat(p.get("dataSource").asText()).isEqualTo("某市行政审批服务局");

    assertThat(found("?licenceNumber=" + licence).get("publications").get(0).get("holderName").asText())
        .isEqualTo(name);
    Publication kept = publications.ofCase(caseNumber).get(0);
    assertThat(kept.dueAt().toInstant()).as("7 working days from Monday 03-02").isEqualTo(endOf(2026, 3, 11)
        .toInstant());
    String pushed = creditMessage(caseNumber).body();
    assertThat(pushed).contains("\"XK_XDR_ZJHM\":\"110105********002X\"", "\"XK_XDR_LB\":\"自然人\"")
        .doesNotContain(RESIDENT_ID, "十全街");
  }

  @Test
  void aDeficiencyGrantIsPublishedOnlyWhenItsLicenceIsIssued() throws Exception {
    String name = unique("容缺个体");
    Map<String, Object> form = new HashMap<>(Applications.of("M01", "M02", "M04"));
    form.put("applicantName", name);
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", "340524198506060039");
    form.put("businessScope", "CATERING");
    String caseNumber = officers.register("window1", form).getBusinessKey();
    Map<String, Object> pledge = new HashMap<>(Map.of("intakeDecision", "deficiency", "supplementWorkingDays", 4L,
        "pledgeSigned", true));
    pledge.put("deficientMaterials", Spin.JSON("[\"M03\"]"));
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge);
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 10, 0, 0));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));
    assertThat(publications.ofCase(caseNumber)).as("held for the supplements: nothing issued, nothing published")
        .isEmpty();
    assertThat(found("?name=" + name).get("total").asInt()).isZero();

    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 11, 0, 0));
    officers.hand("window1", caseNumber, WindowSubmission.SUPPLEMENTS,
        Map.of("note", "补交食品安全管理制度"));
    officers.complete("window2", caseNumber, "Task_CheckSupplements", Map.of("supplementsChecked", "accepted"));

    Publication published = publications.ofCase(caseNumber).get(0);
    assertThat(published.action()).isEqualTo(PublicationAction.GRANT);
    assertThat(published.decidedOn()).as("the decision's day, as the 决定书 states it").hasToString("2026-03-03");
    assertThat(published.validFrom()).as("issued when the supplements were accepted").hasToString("2026-03-05");
    assertThat(published.dueAt().toInstant()).as("7 working days from the issue").isEqualTo(endOf(2026, 3, 16)
        .toInstant());
    assertThat(found("?name=" + name).get("publications").get(0).get("idNumber").asText())
        .isEqualTo("340524********0039");
  }

  @Test
  void anOrganisationsGrantIsFoundByNameCreditCodeAndLicenceNumberADenialIsNotPublished() throws Exception {
    String name = unique("顺达货运");
    String code = creditCode();
    String granted = roadFreight(name + "有限公司", code, "grant");
    String licence = caseFiles.get(granted).licenceNumber();
    String deniedName = unique("被拒货运");
    String denied = roadFreight(deniedName, creditCode(), "deny");

    for (String query : List.of("?name=" + name, "?creditCode=" + code.toLowerCase(), "?licenceNumber=" + licence,
        "?name=" + name + "&creditCode=" + code + "&licenceNumber=" + licence)) {
      JsonNode page = found(query);
      assertThat(page.get("total").asInt()).as(query).isEqualTo(1);
      JsonNode p = page.get("publications").get(0);
      assertThat(p.get("holderName").asText()).isEqualTo(name + "有限公司");
      assertThat(p.get("holderCategory").asText()).isEqualTo("法人及非法人组织");
      assertThat(p.get("creditCode").asText()).isEqualTo(code);
      assertThat(p.get("idNumber").isNull()).isTrue();
      assertThat(p.get("licenceNumber").asText()).isEqualTo(licence);
    }
    assertThat(found("?name=" + deniedName).get("total").asInt()).isZero();
    assertThat(publications.ofCase(denied)).isEmpty();
    assertThat(messages.ofCase(denied)).noneMatch(m -> CreditPlatformChannel.NAME.equals(m.channel()));
  }

  @Test
  void theCreditPlatformGetsThePublicationOnceWithItsKeyAndWhenDownLater() throws Exception {
    String code = creditCode();
    String caseNumber = roadFreight(unique("推送货运"), code, "grant");
    OutboxMessage message = creditMessage(caseNumber);
    Publication publication = publications.ofCase(caseNumber).get(0);
    assertThat(message.key()).isEqualTo("OneSeal-" + caseNumber + "-CREDIT-" + publication.id());
    assertThat(publication.pushedAt()).isNull();

    answer.set(503);
    assertThat(push(message.id())).isEqualTo(1);
    OutboxMessage failed = messages.get(message.id()).orElseThrow();
    assertThat(failed.state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(failed.lastError()).isEqualTo("信用平台未接收（HTTP 503）：{\"message\":\"维护中\"}");
    assertThat(publications.get(publication.id()).orElseThrow().pushedAt()).isNull();
    assertThat(push(message.id())).as("not before the next attempt").isZero();

    answer.set(200);
    ClockUtil.setCurrentTime(Date.from(failed.nextAttemptAt().toInstant()));
    assertThat(push(message.id())).isEqualTo(1);
    assertThat(messages.get(message.id()).orElseThrow().state()).isEqualTo(OutboxMessage.State.SENT);
    assertThat(received).hasSize(1);
    Map<String, String> request = received.get(0);
    assertThat(request.get("key")).isEqualTo(message.key());
    assertThat(request.get("appKey")).isEqualTo("oneseal-demo");
    assertThat(request.get("signature")).isEqualTo(CreditPlatformChannel.signature("OneSeal-Credit-Demo-2026",
        request.get("timestamp"), message.key(), request.get("body")));
    JsonNode body = json.readTree(request.get("body"));
    assertThat(body.get("idempotencyKey").asText()).isEqualTo(message.key());
    assertThat(body.get("dataType").asText()).isEqualTo("XZXK");
    JsonNode record = body.get("record");
    assertThat(record.get("XK_XDR_SHXYM").asText()).isEqualTo(code);
    assertThat(record.get("XK_XKBH").asText()).isEqualTo(publication.licenceNumber());
    assertThat(record.get("XK_WSH").asText()).isEqualTo(publication.documentNumber());
    assertThat(record.get("XK_JDRQ").asText()).isEqualTo("2026-03-02");
    assertThat(record.get("XK_ZT").asText()).isEqualTo("1");
    assertThat(record.get("XK_XKJGDM").asText()).isEqualTo("11320500MB0123456D");
    assertThat(publications.get(publication.id()).orElseThrow().pushedAt()).isNotNull();

    ClockUtil.setCurrentTime(shanghai(2026, 3, 20, 9, 0, 0));
    assertThat(push(message.id())).as("nothing sent twice").isZero();
    assertThat(received).hasSize(1);
  }

  @Test
  void aRevocationIsPublishedWithTheLicenceNoLongerInForce() throws Exception {
    String name = unique("撤销货运");
    String caseNumber = roadFreight(name, creditCode(), "grant");
    String licence = caseFiles.get(caseNumber).licenceNumber();
    var pi = officers.as("transport1", () -> engine.getRuntimeService()
        .createMessageCorrelation("Msg_WrongApprovalReported").processInstanceBusinessKey(caseNumber)
        .setVariables(Map.of("caseNumber", caseNumber, "reportFacts", "停车场地租期已满，不符合许可条件",
            "reportLegalBasis", "《道路运输条例》第二十二条")).correlateStartMessage());
    officers.complete("reviewer1", caseNumber, "Task_InvestigateWrongApproval", Map.of("investigationFinding",
        "founded", "investigationReasons", "准予许可时已不具备条件", "proposedOutcome", "revoke"));
    Job response = engine.getManagementService().createJobQuery().timers().processInstanceId(pi.getId())
        .singleResult();
    ClockUtil.setCurrentTime(new Date(response.getDuedate().getTime() + 2000));
    engine.getManagementService().executeJob(response.getId());
    officers.complete("decider1", caseNumber, "Task_DecideWrongApproval", Map.of("decisionAction", "decide",
        "wrongApprovalOutcome", "revoke", "outcomeReasons", "准予许可时不具备法定条件"));

    assertThat(publications.ofCase(caseNumber)).extracting(Publication::action, Publication::statusCode)
        .as("the grant's 当前状态 follows the licence").containsExactly(tuple(PublicationAction.GRANT, "2"),
            tuple(PublicationAction.REVOKE, "2"));
    JsonNode listed = found("?licenceNumber=" + licence).get("publications");
    assertThat(listed).hasSize(2).allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("无效"));
    JsonNode newest = listed.get(0);
    assertThat(newest.get("decision").asText()).isEqualTo("撤销行政许可");
    assertThat(newest.get("status").asText()).isEqualTo("无效");
    assertThat(newest.get("documentName").asText()).isEqualTo("行政许可处理决定书");
    assertThat(newest.get("remarks").asText()).startsWith("撤销行政许可：见行政许可处理决定书（" + caseNumber + "-");
    assertThat(messages.ofCase(caseNumber)).filteredOn(m -> CreditPlatformChannel.NAME.equals(m.channel()))
        .hasSize(2);
    assertThat(creditMessage(caseNumber).body()).contains("\"XK_ZT\":\"2\"", "\"action\":\"REVOKE\"");
  }

  @Test
  void aPushStillMissingAfterSevenWorkingDaysRaisesAPublicationLateCard() {
    String pushedInTime = roadFreight(unique("按时货运"), creditCode(), "grant");
    String neverPushed = roadFreight(unique("逾期货运"), creditCode(), "grant");
    assertThat(push(creditMessage(pushedInTime).id())).isEqualTo(1);
    Publication late = publications.ofCase(neverPushed).get(0);

    ClockUtil.setCurrentTime(shanghai(2026, 3, 11, 20, 0, 0));
    sweep.sweep();
    assertThat(cards.ofCase(neverPushed)).noneMatch(c -> c.kind() == CardKind.PUBLICATION_LATE);

    ClockUtil.setCurrentTime(shanghai(2026, 3, 12, 9, 0, 0));
    sweep.sweep();
    sweep.sweep();
    assertThat(cards.ofCase(neverPushed)).filteredOn(c -> c.kind() == CardKind.PUBLICATION_LATE).singleElement()
        .satisfies(card -> {
          assertThat(card.scope()).isEqualTo("PUB-" + late.id());
          assertThat(card.stage()).isEqualTo("双公示推送");
          assertThat(card.kind().label()).isEqualTo("公示逾期");
          assertThat(card.deadline().toInstant()).isEqualTo(endOf(2026, 3, 11).toInstant());
          assertThat(card.status()).isEqualTo("OPEN");
        });
    assertThat(cards.ofCase(pushedInTime)).extracting(Card::kind).doesNotContain(CardKind.PUBLICATION_LATE);
  }

  @Test
  void badOrOversizedQueriesAreRefusedWithFieldMessagesInChinese() throws Exception {
    Map<String, String> refused = Map.of(
        "?creditCode=91350100M00010", "creditCode",
        "?licenceNumber=JY-1", "licenceNumber",
        "?name=" + "名".repeat(51), "name",
        "?page=-1", "page",
        "?size=51", "size",
        "?name=" + "a".repeat(1200), "query");
    for (Map.Entry<String, String> bad : refused.entrySet()) {
      ResponseEntity<String> response = list(bad.getKey());
      assertThat(response.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode error = json.readTree(response.getBody());
      assertThat(error.get("code").asText()).isEqualTo("INVALID_QUERY");
      assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo(bad.getValue());
      assertThat(error.get("errors").get(0).get("message").asText()).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void theDemoPlatformTakesASignedPublicationOnceAndRefusesAWrongSignature() throws Exception {
    String caseNumber = roadFreight(unique("演示货运"), creditCode(), "grant");
    OutboxMessage message = creditMessage(caseNumber);
    channel.pointAt("http://127.0.0.1:" + port + DemoCreditPlatform.PATH);

    assertThat(push(message.id())).isEqualTo(1);
    assertThat(messages.get(message.id()).orElseThrow().state()).isEqualTo(OutboxMessage.State.SENT);
    assertThat(publications.ofCase(caseNumber).get(0).pushedAt()).isNotNull();
    JsonNode again = json.readTree(demo(message.key(), message.body(), "OneSeal-Credit-Demo-2026").getBody());
    assertThat(again.get("duplicate").asBoolean()).as("the key taken already").isTrue();
    assertThat(demo(message.key(), message.body(), "wrong-secret").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  ResponseEntity<String> demo(String key, String body, String secret) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    headers.set("X-App-Key", "oneseal-demo");
    headers.set("X-Timestamp", "1");
    headers.set("X-Signature", CreditPlatformChannel.signature(secret, "1", key, body));
    return rest.postForEntity(DemoCreditPlatform.PATH, new HttpEntity<>(body, headers),
        String.class);
  }

  @Test
  void theListAndItsPageNeedNoLogin() {
    ResponseEntity<String> page = rest.getForEntity("/publications", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("行政许可信息公示", "/api/v1/public/publications", "统一社会信用代码", "许可编号");
    assertThat(list("?page=0&size=50").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/v1/licences", String.class).getStatusCode()).as("the register is not public")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
