package cn.gov.oneseal.messaging;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.outbox.Outbox;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessages;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.StubHttpReceiver;
import cn.gov.oneseal.support.StubHttpReceiver.Answer;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The applicant told by text message through 阿里云短信服务's SendSms, against a provider stub started by the test that
 * checks each request's signature and keeps each OutId (the message key) once: a text per document with the case
 * number and, where the document asks, what to do by when; the provider down for an hour of engine clock, then every
 * text once; the applicant turning texts or e-mails off through the portal; the window reading the delivery state in
 * Tasklist's tab 通知记录; the demo's logging provider.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApplicantSmsTest extends CaseTest {

  static final String SECRET = "stub-secret";
  static final String MOBILE = "13912345678";

  @Autowired OutboxMessages messages;
  @Autowired SmsProperties sms;
  @Autowired ObjectMapper json;
  @Autowired TestRestTemplate rest;
  @Value("${oneseal.demo.password}") String password;

  StubHttpReceiver provider;
  /** The texts the provider took, by OutId (a receiver that honours the key keeps one per key). */
  final Map<String, Map<String, String>> taken = new ConcurrentHashMap<>();
  volatile String refuseWith;

  @BeforeEach
  void toTheStubProvider() {
    provider = new StubHttpReceiver(request -> {
      Map<String, String> query = StubHttpReceiver.queryOf(request.uri());
      TreeMap<String, String> signed = new TreeMap<>(query);
      String signature = signed.remove("Signature");
      if (!AliyunSignature.sign("GET", signed, SECRET).equals(signature)) {
        return new Answer(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"signature not matched\"}");
      }
      if (refuseWith != null) {
        return new Answer(200, "{\"Code\":\"" + refuseWith + "\",\"Message\":\"触发小时级流控Permits:5\"}");
      }
      taken.putIfAbsent(query.get("OutId"), query);
      return new Answer(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\","
          + "\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\"}");
    });
    sms.setProvider(SmsProperties.Provider.ALIYUN);
    sms.getAliyun().setEndpoint(provider.url());
    sms.getAliyun().setAccessKeyId("stub-id");
    sms.getAliyun().setAccessKeySecret(SECRET);
    sms.getAliyun().setTemplateNotice("SMS_100001");
    sms.getAliyun().setTemplateNoticeDue("SMS_100002");
  }

  @AfterEach
  void backToTheDemosProvider() {
    sms.setProvider(SmsProperties.Provider.LOG);
    sms.getAliyun().setEndpoint("https://dysmsapi.aliyuncs.com/");
    provider.close();
  }

  int sendDue() {
    int sent = 0;
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (Outbox.JOB_TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException ignored) {
          // a failed attempt is recorded on the message; the job is rescheduled
        }
        sent++;
      }
    }
    return sent;
  }

  long requestsFor(String key) {
    return provider.requests().stream().filter(r -> key.equals(StubHttpReceiver.queryOf(r.uri()).get("OutId")))
        .count();
  }

  List<OutboxMessage> texts(String caseNumber) {
    return messages.ofCase(caseNumber).stream().filter(m -> m.channel().equals("SMS")).toList();
  }

  String registerWithMobile(Map<String, Object> application) {
    Map<String, Object> form = new HashMap<>(application);
    form.put("contactPhone", "139 1234 5678");
    return officers.register("window1", form).getBusinessKey();
  }

  @Test
  void eachDocumentIsTextedOnceWithTheCaseNumberAndWhatToDoByWhen() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
    Map<String, Object> application = Applications.of("M01", "M02");
    application.put("businessScope", "FOOD_SALES");
    String caseNumber = registerWithMobile(application);
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "correct",
        "correctionMaterials", Spin.JSON("[\"M03\",\"M04\"]"), "correctionDetails", "缺少经营布局和操作流程文件",
        "correctionWorkingDays", 5L));
    assertThat(taken).as("nothing before the commit's jobs run").isEmpty();

    sendDue();

    List<OutboxMessage> sent = texts(caseNumber);
    assertThat(sent).hasSize(2).allSatisfy(m -> {
      assertThat(m.state()).isEqualTo(OutboxMessage.State.SENT);
      assertThat(m.recipient()).isEqualTo(MOBILE);
    });
    Map<String, String> receipt = taken.get(sent.get(0).key());
    assertThat(receipt).containsEntry("Action", "SendSms").containsEntry("PhoneNumbers", MOBILE)
        .containsEntry("SignName", "示例市行政审批服务局").containsEntry("TemplateCode", "SMS_100001");
    assertThat(json.readTree(receipt.get("TemplateParam")).get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(json.readTree(receipt.get("TemplateParam")).get("document").asText()).isEqualTo("《收件凭证》");
    Map<String, String> correction = taken.get(sent.get(1).key());
    assertThat(correction).containsEntry("TemplateCode", "SMS_100002");
    JsonNode parameters = json.readTree(correction.get("TemplateParam"));
    // 5 working days from 2025-09-26: 09-28, 09-29, 09-30, 10-09, 10-10 (as printed on the notice)
    assertThat(parameters.get("due").asText()).isEqualTo("2025年10月10日");
    assertThat(parameters.get("action").asText()).isEqualTo("提交补正材料");
    assertThat(sent.get(1).body()).isEqualTo("【示例市行政审批服务局】您的办件" + caseNumber
        + "已出具《补正告知书》，请于2025年10月10日前提交补正材料。");

    sendDue();
    assertThat(requestsFor(sent.get(0).key()) + requestsFor(sent.get(1).key())).as("nothing sent twice")
        .isEqualTo(2);
  }

  @Test
  void theProviderDownForAnHourGetsEveryTextOnceWhenBack() {
    ClockUtil.setCurrentTime(new Date());
    provider.down();
    String caseNumber = registerWithMobile(Applications.food());
    sendDue();
    OutboxMessage waiting = texts(caseNumber).get(0);
    assertThat(waiting.state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(waiting.lastError()).contains("短信平台未接收短信").contains("HTTP 503");

    refuseWith = "isv.BUSINESS_LIMIT_CONTROL";
    provider.up();
    for (int minutes = 1; minutes <= 60; minutes++) {
      ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
      if (minutes == 30) {
        assertThat(texts(caseNumber).get(0).lastError()).contains("isv.BUSINESS_LIMIT_CONTROL");
        refuseWith = null;
      }
      sendDue();
    }

    assertThat(texts(caseNumber)).singleElement().satisfies(m -> assertThat(m.state())
        .isEqualTo(OutboxMessage.State.SENT));
    assertThat(taken).containsKey(waiting.key());
    assertThat(requestsFor(waiting.key())).as("tried again while refused (1, 6, 21 min), taken at 51 min")
        .isEqualTo(4);
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 86_400_000L));
    sendDue();
    assertThat(requestsFor(waiting.key())).as("nothing sent after it was taken").isEqualTo(4);
  }

  @Test
  void aLandlineGetsNoText() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();

    assertThat(texts(caseNumber)).isEmpty();
  }

  ResponseEntity<Map> settings(HttpMethod method, String caseNumber, String secret, String body) {
    HttpHeaders headers = new HttpHeaders();
    if (secret != null) {
      headers.set("X-Query-Secret", secret);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange("/api/v1/applicant/cases/" + caseNumber
        + "/notification-settings", method, new HttpEntity<>(body, headers), Map.class);
  }

  @Test
  void theApplicantTurnsTextsOffThroughThePortalAndGetsOnlyEmails() {
    Map<String, Object> form = new HashMap<>(Applications.food());
    form.put("contactPhone", MOBILE);
    form.put("contactEmail", "linxiao." + System.nanoTime() + "@example.cn");
    String[] caseNumber = new String[1];
    String secret = QuerySecrets.capturing(() -> caseNumber[0] = officers.register("window1", form).getBusinessKey());

    ResponseEntity<Map> shown = settings(HttpMethod.GET, caseNumber[0], secret, null);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody().get("sms")).isEqualTo(Map.of("address", "139****5678", "enabled", true));
    assertThat(((Map<?, ?>) shown.getBody().get("email")).get("address").toString()).startsWith("l***@");

    ResponseEntity<Map> wrong = settings(HttpMethod.PUT, caseNumber[0], secret, "{\"sms\":\"no\",\"email\":1}");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody().get("errors").toString()).contains("field=sms").contains("field=email")
        .contains("只能是 true（开启）或 false（关闭）");
    ResponseEntity<Map> nothing = settings(HttpMethod.PUT, caseNumber[0], secret, "{}");
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nothing.getBody().get("errors").toString()).contains("请设置 sms 或 email");
    assertThat(settings(HttpMethod.PUT, caseNumber[0], "WRONG123", "{\"sms\":false}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(settings(HttpMethod.PUT, caseNumber[0], null, "{\"sms\":false}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("window1", password).exchange("/api/v1/applicant/cases/" + caseNumber[0]
        + "/notification-settings", HttpMethod.GET, null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map> off = settings(HttpMethod.PUT, caseNumber[0], secret, "{\"sms\":false}");
    assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(off.getBody().get("sms")).isEqualTo(Map.of("address", "139****5678", "enabled", false));
    assertThat(((Map<?, ?>) off.getBody().get("email")).get("enabled")).isEqualTo(true);
    officers.complete("window1", caseNumber[0], "Task_AcceptApplication", Map.of("intakeDecision", "accept"));

    assertThat(messages.ofCase(caseNumber[0])).extracting(OutboxMessage::channel)
        .filteredOn(channel -> channel.equals("SMS") || channel.equals("EMAIL"))
        .as("the receipt by text and e-mail; the acceptance by e-mail only")
        .containsExactlyInAnyOrder("SMS", "EMAIL", "EMAIL");
    settings(HttpMethod.PUT, caseNumber[0], secret, "{\"sms\":true,\"email\":false}");
    assertThat(settings(HttpMethod.GET, caseNumber[0], secret, null).getBody().get("sms"))
        .isEqualTo(Map.of("address", "139****5678", "enabled", true));
  }

  @Test
  void theWindowReadsEachTextsDeliveryStateInTasklist() throws Exception {
    provider.down();
    String caseNumber = registerWithMobile(Applications.food());
    sendDue();
    Task accept = officers.task(caseNumber, "Task_AcceptApplication");
    String tab = "/camunda/api/tasklist/plugin/" + MessagesTasklistPlugin.ID + "/default/tasks/" + accept.getId()
        + "/messages";

    ResponseEntity<String> shown = WebappSession.login(rest, "tasklist", "window1", password).get(tab);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode message = null;
    for (JsonNode m : json.readTree(shown.getBody())) {
      message = m.get("channel").asText().equals("SMS") ? m : message;
    }
    assertThat(message).as("the text on the case's list").isNotNull();
    assertThat(message.get("recipient").asText()).isEqualTo("139****5678");
    assertThat(message.get("stateLabel").asText()).isEqualTo("待发送");
    assertThat(message.get("lastError").asText()).contains("短信平台未接收短信");

    assertThat(WebappSession.login(rest, "tasklist", "expert1", password).get(tab).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(WebappSession.anonymous(rest).get(tab).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED,
        HttpStatus.FORBIDDEN);
    assertThat(WebappSession.login(rest, "tasklist", "window1", password)
        .get("/camunda/api/tasklist/plugin/" + MessagesTasklistPlugin.ID + "/static/app/plugin.js").getBody())
        .contains("通知记录");
  }

  @Test
  void theDemosProviderWritesEachTextToTheLog(CapturedOutput output) {
    sms.setProvider(SmsProperties.Provider.LOG);
    String caseNumber = registerWithMobile(Applications.food());

    sendDue();

    assertThat(texts(caseNumber)).singleElement().satisfies(m -> assertThat(m.state())
        .isEqualTo(OutboxMessage.State.SENT));
    assertThat(output.getOut()).contains("短信 → 139****5678").contains("【示例市行政审批服务局】您的办件" + caseNumber
        + "已出具《收件凭证》，可登录网上办事大厅查看或下载。");
    assertThat(requestsFor(texts(caseNumber).get(0).key())).isZero();
  }
}
