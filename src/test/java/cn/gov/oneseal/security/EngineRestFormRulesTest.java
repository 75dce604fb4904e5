package cn.gov.oneseal.security;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.casefile.CaseNumbers;
import cn.gov.oneseal.casefile.CheckCharacters;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Internals;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules of the start and task forms over /engine-rest and over Tasklist's own API (the start dialog posts to
 * {@code process-definition/{id}/submit-form}): the case number is always the bureau's own (a typed business key is
 * refused, on every start endpoint), a NUL character is refused as /api refuses it, a Json field that is not JSON is
 * refused naming the field, a variable cannot move a case to another bureau; and a failure in the database — the
 * duplicate-key attack — is answered in Chinese without SQL, on both databases.
 */
class EngineRestFormRulesTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";
  static final String WEBAPP = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  WebappSession tasklist;
  String definitionId;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    tasklist = WebappSession.login(rest, "tasklist", "window1", PASSWORD);
    definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("FoodBusinessLicence")
        .latestVersion().singleResult().getId();
  }

  @Test
  void aTypedBusinessKeyIsRefusedOnEveryStartEndpointAndTheCaseNumberIsTheBureausOwn() throws Exception {
    String existing = officers.register("window1", Applications.food()).getBusinessKey();
    String wellFormed = "32050020260302C999999" + CheckCharacters.mod3736("32050020260302C999999");
    assertThat(CaseNumbers.isWellFormed(wellFormed)).isTrue();
    long cases = count("case_file");
    List<String> bad = new ArrayList<>();
    for (String key : List.of(existing, "MY-OWN-KEY-1", wellFormed)) {
      ObjectNode start = startForm();
      start.put("businessKey", key);
      Map<String, ResponseEntity<String>> answers = new LinkedHashMap<>();
      answers.put("submit-form by key", window("/process-definition/key/FoodBusinessLicence/submit-form", start));
      answers.put("submit-form by id", window("/process-definition/" + definitionId + "/submit-form", start));
      answers.put("Tasklist's start dialog", tasklist.postJson(WEBAPP + "/process-definition/" + definitionId
          + "/submit-form", start.toString()));
      answers.put("Tasklist's submit-form by key", tasklist.postJson(WEBAPP
          + "/process-definition/key/FoodBusinessLicence/submit-form", start.toString()));
      answers.put("start by key (administrator)", admin("/process-definition/key/FoodBusinessLicence/start", start));
      answers.put("start by id (administrator)", admin("/process-definition/" + definitionId + "/start", start));
      answers.forEach((where, answer) -> {
        if (answer.getStatusCode().value() != 400 || !message(answer).equals(CaseNumbers.NOT_TYPED)) {
          bad.add(where + " [" + key + "] → " + answer.getStatusCode().value() + " " + answer.getBody());
        }
      });
    }
    assertThat(bad).isEmpty();
    assertThat(count("case_file")).as("no case from a typed number").isEqualTo(cases);
    assertThat(message(tasklist.postJson(WEBAPP + "/process-definition/" + definitionId + "/submit-form",
        startForm().put("businessKey", existing).toString()))).startsWith("办件编号由系统生成");

    // the Java API refuses it too (the registration listener), naming the field
    assertThatThrownBy(() -> officers.run("window1", () -> engine.getFormService().submitStartForm(definitionId,
        "MY-OWN-KEY-2", Applications.food())))
        .isInstanceOfSatisfying(FormValidationException.class, refused ->
            assertThat(refused.getErrors()).anySatisfy(error -> assertThat(error.field()).isEqualTo("businessKey")));

    // without one, the bureau numbers the case; a blank key is no key
    ResponseEntity<String> started = tasklist.postJson(WEBAPP + "/process-definition/" + definitionId + "/submit-form",
        startForm().put("businessKey", "").toString());
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String caseNumber = json.readTree(started.getBody()).path("businessKey").asText();
    assertThat(CaseNumbers.isWellFormed(caseNumber)).as(caseNumber).isTrue();
    assertThat(caseNumber).startsWith("32050020260302C");
    assertThat(caseFiles.get(caseNumber).bureauId()).isEqualTo("city");
  }

  @Test
  void aVariableSentWithTheStartFormDoesNotMoveTheCaseToAnotherBureau() throws Exception {
    String countyCase = officers.register("awindow1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    for (Map.Entry<String, String> smuggled : Map.of("bureauId", "countyB", "caseNumber", countyCase).entrySet()) {
      ObjectNode start = startForm();
      ((ObjectNode) start.path("variables")).putObject(smuggled.getKey()).put("value", smuggled.getValue());
      ResponseEntity<String> answer = window("/process-definition/key/FoodBusinessLicence/submit-form", start);
      if (answer.getStatusCode().value() == 200) {
        JsonNode instance = json.readTree(answer.getBody());
        assertThat(instance.path("tenantId").asText()).as(smuggled.getKey()).isEqualTo("city");
        assertThat(instance.path("businessKey").asText()).startsWith("320500");
      } else {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
      }
    }
  }

  @Test
  void theNulCharacterIsRefusedInStartAndTaskFormsOnBothSurfacesAsTheApiRefusesIt() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    Task intake = officers.task(caseNumber, "Task_AcceptApplication");
    officers.run("window1", () -> engine.getTaskService().claim(intake.getId(), "window1"));
    long cases = count("case_file");
    long variables = count("ACT_RU_VARIABLE");
    ObjectNode start = startForm();
    ((ObjectNode) start.path("variables").path("contactName")).put("value", "林\u0000晓");
    String task = "{\"variables\":{\"intakeDecision\":{\"value\":\"accept\"},\"intakeOpinion\":{\"value\":\"材料齐全\\u0000\"}}}";
    Map<String, BiFunction<String, String, ResponseEntity<String>>> surfaces = Map.of(
        "/engine-rest", (path, body) -> rest.withBasicAuth("window1", PASSWORD).postForEntity("/engine-rest" + path,
            jsonEntity(body), String.class),
        "Tasklist's API", (path, body) -> tasklist.postJson(WEBAPP + path, body));
    List<String> bad = new ArrayList<>();
    surfaces.forEach((surface, post) -> {
      for (String[] request : List.of(
          new String[] {"/process-definition/key/FoodBusinessLicence/submit-form", start.toString()},
          new String[] {"/process-definition/" + definitionId + "/submit-form", start.toString()},
          new String[] {"/task/" + intake.getId() + "/submit-form", task},
          new String[] {"/task/" + intake.getId() + "/complete", task},
          new String[] {"/task/" + intake.getId() + "/comment/create", "{\"message\":\"已电话联系\\u0000\"}"})) {
        ResponseEntity<String> answer = post.apply(request[0], request[1]);
        if (answer.getStatusCode().value() != 400 || !"请求中不得含有空字符（U+0000）".equals(message(answer))) {
          bad.add(surface + " " + request[0] + " → " + answer.getStatusCode().value() + " " + answer.getBody());
        }
      }
    });
    assertThat(bad).isEmpty();
    assertThat(count("case_file")).isEqualTo(cases);
    assertThat(count("ACT_RU_VARIABLE")).isEqualTo(variables);
    assertThat(engine.getTaskService().createTaskQuery().taskId(intake.getId()).singleResult().getAssignee())
        .as("the intake is still open, with its officer").isEqualTo("window1");
  }

  @Test
  void aJsonFieldThatIsNotJsonIsRefusedNamingTheFieldOnBothSurfaces() {
    long cases = count("case_file");
    for (String materials : List.of("[not json", "", "M01,M02")) {
      ObjectNode start = startForm();
      ((ObjectNode) start.path("variables").path("materials")).put("value", materials);
      for (ResponseEntity<String> answer : List.of(
          window("/process-definition/key/FoodBusinessLicence/submit-form", start),
          tasklist.postJson(WEBAPP + "/process-definition/" + definitionId + "/submit-form", start.toString()))) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(message(answer)).contains("materials").contains("已收申请材料").contains("JSON");
        assertThat(Internals.in(answer.getBody())).isEmpty();
      }
    }
    assertThat(count("case_file")).isEqualTo(cases);
  }

  @Test
  void aSerializedObjectIsRefusedNamingTheFieldOnBothSurfaces() {
    long cases = count("case_file");
    ObjectNode start = startForm();
    // a value the engine would turn back into the class the caller names when the case is read
    ObjectNode applicant = (ObjectNode) start.path("variables").path("applicantName");
    applicant.put("type", "Object").put("value", "{\"host\":\"attacker.example\"}");
    applicant.putObject("valueInfo").put("serializationDataFormat", "application/json")
        .put("objectTypeName", "java.net.URL");
    for (ResponseEntity<String> answer : List.of(
        window("/process-definition/key/FoodBusinessLicence/submit-form", start),
        tasklist.postJson(WEBAPP + "/process-definition/" + definitionId + "/submit-form", start.toString()))) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
      assertThat(message(answer)).contains("applicantName").contains("不受支持");
    }
    assertThat(count("case_file")).isEqualTo(cases);
  }

  @Test
  void theDuplicateKeyAttackIsAConflictInChineseWithoutSqlOnBothSurfaces() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    Task intake = officers.task(caseNumber, "Task_AcceptApplication");
    WebappSession admin = WebappSession.login(rest, "admin", "admin", PASSWORD);
    long memberships = count("ACT_ID_MEMBERSHIP");
    long tasks = count("ACT_RU_TASK");
    Map<String, ResponseEntity<String>> answers = new LinkedHashMap<>();
    // window1 is already in the group window; a task of that id exists
    answers.put("/engine-rest membership", rest.withBasicAuth("admin", PASSWORD).exchange(
        "/engine-rest/group/window/members/window1", HttpMethod.PUT, jsonEntity(""), String.class));
    answers.put("Admin's API membership", admin.putJson(WEBAPP + "/group/window/members/window1", ""));
    answers.put("/engine-rest task", rest.withBasicAuth("admin", PASSWORD).postForEntity("/engine-rest/task/create",
        jsonEntity("{\"id\":\"" + intake.getId() + "\",\"name\":\"收件\"}"), String.class));
    answers.put("Admin's API task", admin.postJson(WEBAPP + "/task/create",
        "{\"id\":\"" + intake.getId() + "\",\"name\":\"收件\"}"));
    answers.forEach((where, answer) -> {
      assertThat(answer.getStatusCode().value()).as(where + ": " + answer.getBody()).isEqualTo(409);
      assertThat(message(answer)).as(where).contains("已经存在");
      assertThat(Internals.in(answer.getBody())).as(where + ": " + answer.getBody()).isEmpty();
    });
    assertThat(count("ACT_ID_MEMBERSHIP")).isEqualTo(memberships);
    assertThat(count("ACT_RU_TASK")).isEqualTo(tasks);
  }

  /** A complete start form of a food business licence, as Tasklist's start dialog sends it. */
  private ObjectNode startForm() {
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("applicantName", "好味餐饮有限公司");
    fields.put("applicantIdType", "USCC");
    fields.put("applicantId", "91350100M000100Y43");
    fields.put("contactName", "林晓");
    fields.put("contactPhone", "0512-66881234");
    fields.put("premisesAddress", "姑苏区人民路100号");
    fields.put("businessScope", "CATERING");
    fields.forEach((name, value) -> variables.putObject(name).put("value", value));
    variables.putObject("materials").put("value", "[\"M01\",\"M02\",\"M03\",\"M04\"]").put("type", "Json");
    return body;
  }

  private ResponseEntity<String> window(String path, JsonNode body) {
    return rest.withBasicAuth("window1", PASSWORD).postForEntity("/engine-rest" + path, jsonEntity(body.toString()),
        String.class);
  }

  private ResponseEntity<String> admin(String path, JsonNode body) {
    return rest.withBasicAuth("admin", PASSWORD).postForEntity("/engine-rest" + path, jsonEntity(body.toString()),
        String.class);
  }

  private String message(ResponseEntity<String> answer) {
    try {
      return json.readTree(answer.getBody()).path("message").asText("");
    } catch (Exception notJson) {
      return "";
    }
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
