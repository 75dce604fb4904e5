package cn.gov.oneseal.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Malformed, oversized, wrongly typed and hostile input (scripts, expressions, SQL, path tricks) sent to every
 * operation of the bureau's API (taken from its own OpenAPI description, each called by the account it is meant
 * for, on a live case) and to the task and start forms through /engine-rest: every answer is a 4xx with a message
 * (never a 5xx), and a refused request leaves no trace — the counts of cases, records, tasks and variables are
 * what they were. Text is stored as text: an expression in an opinion is never evaluated.
 */
class HostileInputTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "${applicationContext}",
      "#{T(java.lang.Runtime).getRuntime().exec('id')}", "'; drop table case_file; --", "../../../../etc/passwd",
      "\u0000\u202e\uD83D\uDE00", "%00%2e%2e%2f", "{{7*7}}", "x".repeat(70_000));

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  String caseNumber;
  String querySecret;
  Map<String, Map<String, JsonNode>> operations;

  @BeforeEach
  void aLiveCase() throws Exception {
    String[] registered = new String[1];
    querySecret = QuerySecrets.capturing(() -> registered[0] = officers.register("window1", Applications.food())
        .getBusinessKey());
    caseNumber = registered[0];
    JsonNode docs = json.readTree(rest.withBasicAuth("analyst1", PASSWORD).getForEntity("/v3/api-docs", String.class)
        .getBody());
    operations = new LinkedHashMap<>();
    docs.path("paths").fields().forEachRemaining(path -> {
      Map<String, JsonNode> methods = new LinkedHashMap<>();
      path.getValue().fields().forEachRemaining(m -> methods.put(m.getKey(), m.getValue()));
      operations.put(path.getKey(), methods);
    });
    assertThat(operations).hasSizeGreaterThan(20);
  }

  @Test
  void everyApiOperationRefusesBrokenBodiesReadablyAndKeepsNothing() {
    Map<String, Long> before = counts();
    List<String> bad = new ArrayList<>();
    operations.forEach((path, methods) -> methods.keySet().stream().filter(m -> !m.equals("get")).forEach(method -> {
      String url = url(path, caseNumber);
      for (Map.Entry<String, HttpEntity<String>> payload : brokenBodies(path).entrySet()) {
        ResponseEntity<String> answer = call(path, HttpMethod.valueOf(method.toUpperCase()), url, payload.getValue());
        judge(method.toUpperCase() + " " + path + " [" + payload.getKey() + "]", answer, true, bad);
      }
    }));
    assertThat(bad).isEmpty();
    assertThat(counts()).as("nothing kept from a refused request").isEqualTo(before);
  }

  @Test
  void hostileTextInEveryFieldAndPathIsNeverAServerError() {
    List<String> bad = new ArrayList<>();
    operations.forEach((path, methods) -> methods.forEach((method, operation) -> {
      HttpMethod http = HttpMethod.valueOf(method.toUpperCase());
      for (String hostile : HOSTILE) {
        // in the path ...
        if (path.contains("{")) {
          judge(method + " " + path + " [path " + hostile.length() + "]",
              call(path, http, url(path, hostile.length() > 100 ? hostile.substring(0, 3000) : hostile),
                  http == HttpMethod.GET ? null : jsonEntity("{}")), false, bad);
        }
        // ... in every query parameter the operation declares ...
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
          if ("query".equals(parameter.path("in").asText())) {
            query.append(query.length() == 0 ? "?" : "&").append(parameter.path("name").asText()).append('=')
                .append(java.net.URLEncoder.encode(hostile.length() > 100 ? hostile.substring(0, 3000) : hostile,
                    java.nio.charset.StandardCharsets.UTF_8));
          }
        }
        if (query.length() > 0) {
          judge(method + " " + path + " [query]", call(path, http, url(path, caseNumber) + query,
              http == HttpMethod.GET ? null : jsonEntity("{}")), false, bad);
        }
        // ... and in every field of a JSON body
        if (http != HttpMethod.GET && operation.path("requestBody").path("content").has("application/json")) {
          ObjectNode body = json.createObjectNode();
          fieldsOf(operation).forEach(field -> body.put(field, hostile));
          judge(method + " " + path + " [fields]", call(path, http, url(path, caseNumber), jsonEntity(body.toString())),
              false, bad);
        }
      }
    }));
    assertThat(bad).isEmpty();
  }

  @Test
  void theNulCharacterIsRefusedAtTheDoorOnEveryDatabase() throws Exception {
    // PostgreSQL refuses U+0000 in text; H2 would store it: either way it is refused before it reaches the database
    ResponseEntity<String> inPath = rest.withBasicAuth("admin", PASSWORD).getForEntity(
        java.net.URI.create(rest.getRootUri() + "/api/v1/cases/" + caseNumber + "%00/clock"), String.class);
    assertThat(inPath.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(inPath.getBody()).path("message").asText()).as("Tomcat refuses it first").isNotBlank();
    ResponseEntity<String> inQuery = rest.withBasicAuth("supervisor1", PASSWORD).getForEntity(
        java.net.URI.create(rest.getRootUri() + "/api/v1/supervision/statistics?itemCode=Food%00"), String.class);
    assertThat(inQuery.getStatusCode().value()).isEqualTo(400);
    assertThat(json.readTree(inQuery.getBody()).path("code").asText()).isEqualTo("INVALID_CHARACTER");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Query-Secret", querySecret);
    ResponseEntity<String> inBody = rest.withBasicAuth("portal", "OneSeal-Hall-2026").postForEntity(
        "/api/v1/applicant/cases/" + caseNumber + "/withdrawal", new HttpEntity<>("{\"reason\":\"不办了\\u0000\"}", headers),
        String.class);
    assertThat(inBody.getStatusCode().value()).as(inBody.getBody()).isEqualTo(400);
    assertThat(json.readTree(inBody.getBody()).get("message").asText()).isEqualTo("请求中不得含有空字符（U+0000）");
    assertThat(caseFiles.get(caseNumber).status().name()).as("not withdrawn").isEqualTo("RECEIVED");
  }

  @Test
  void taskAndStartFormsRefuseWrongTypesSerializedObjectsAndBrokenJson() {
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    Map<String, Long> before = counts();
    List<String> bad = new ArrayList<>();
    String submit = "/engine-rest/task/" + review.getId() + "/submit-form";
    for (String body : List.of("{", "[]", "{\"variables\":[]}", "{\"variables\":{\"reviewRecommendation\":{\"value\":[1,2]}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":{\"$gt\":\"\"}}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":\"${execution.setVariable('decision','grant')}\"},"
            + "\"reviewOpinion\":{\"value\":\"<script>alert(1)</script>\"}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\"},\"reviewOpinion\":{\"value\":\""
            + "x".repeat(20_000) + "\"}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\"},\"reviewOpinion\":{\"value\":\"rO0ABXQAAA==\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\",\"type\":\"NoSuchType\"}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\"},\"reviewOpinion\":{\"value\":\"{\",\"type\":\"Json\"}}}",
        "{\"variables\":{\"reviewRecommendation\":{\"value\":\"grant\"},\"reviewOpinion\":{\"value\":\"tomorrow\","
            + "\"type\":\"Date\"}}}")) {
      judge("submit-form " + body.substring(0, Math.min(body.length(), 90)),
          rest.withBasicAuth("reviewer1", PASSWORD).postForEntity(submit, jsonEntity(body), String.class), true, bad);
    }
    String start = "/engine-rest/process-definition/key/FoodBusinessLicence/submit-form";
    for (String body : List.of("{", "{\"variables\":{\"applicantName\":{\"value\":[\"<script>\"]}}}",
        "{\"variables\":{\"applicantName\":{\"value\":\"${1+1}\"},\"applicantIdType\":{\"value\":\"USCC\"},"
            + "\"applicantId\":{\"value\":\"' or 1=1 --\"}}}",
        "{\"variables\":{\"materials\":{\"value\":\"[not json\",\"type\":\"Json\"}}}")) {
      judge("start " + body.substring(0, Math.min(body.length(), 90)),
          rest.withBasicAuth("window1", PASSWORD).postForEntity(start, jsonEntity(body), String.class), true, bad);
    }
    assertThat(bad).isEmpty();
    assertThat(counts()).as("no case, task or variable from a refused form").isEqualTo(before);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

    // text is kept as text: an expression and a script in an opinion are stored as the officer typed them
    String text = "${execution.setVariable('decision','deny')} <script>alert(1)</script> #{1+1}";
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", text));
    assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> o.stage().equals("review"))
        .extracting(o -> o.opinion()).containsExactly(text);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("decision")
        .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber).list().stream().map(p -> p.getId()).toArray(String[]::new))
        .count()).as("the expression in the opinion set no variable").isZero();
  }

  /** Refused bodies: malformed, of the wrong shape, wrongly typed, oversized, of the wrong media type. */
  private Map<String, HttpEntity<String>> brokenBodies(String path) {
    Map<String, HttpEntity<String>> bodies = new LinkedHashMap<>();
    bodies.put("malformed", jsonEntity("{\"reason\": "));
    bodies.put("array", jsonEntity("[1,2,3]"));
    bodies.put("number", jsonEntity("42"));
    JsonNode operation = null;
    for (JsonNode candidate : operations.get(path).values()) {
      operation = candidate;
    }
    ObjectNode wrongTypes = json.createObjectNode();
    fieldsOf(operation).forEach(field -> wrongTypes.putArray(field).add("${7*7}").addObject().put("$ne", ""));
    bodies.put("wrong types", jsonEntity(wrongTypes.toString()));
    bodies.put("oversized", jsonEntity("{\"reason\":\"" + "字".repeat(2_000_000) + "\"}"));
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    bodies.put("text/plain", new HttpEntity<>("<script>alert(1)</script>", text));
    return bodies;
  }

  /** The property names of the operation's JSON body (or its form fields), from the API description. */
  private List<String> fieldsOf(JsonNode operation) {
    List<String> fields = new ArrayList<>();
    if (operation == null) {
      return fields;
    }
    operation.path("requestBody").path("content").forEach(content -> {
      JsonNode schema = content.path("schema");
      if (schema.has("$ref")) {
        String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
        schema = components().path(name);
      }
      schema.path("properties").fieldNames().forEachRemaining(fields::add);
    });
    if (fields.isEmpty()) {
      fields.addAll(List.of("reason", "text", "grade", "channel", "description", "opinion"));
    }
    return fields;
  }

  private JsonNode components;

  private JsonNode components() {
    if (components == null) {
      try {
        components = json.readTree(rest.withBasicAuth("analyst1", PASSWORD).getForEntity("/v3/api-docs", String.class)
            .getBody()).path("components").path("schemas");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return components;
  }

  /** A failure: a 5xx anywhere, a refusal without a message, or (for refused-only payloads) a success. */
  private void judge(String what, ResponseEntity<String> answer, boolean mustRefuse, List<String> bad) {
    int status = answer.getStatusCode().value();
    if (status >= 500) {
      bad.add(what + " → " + status + " " + abbreviated(answer.getBody()));
    } else if (status >= 400) {
      String message = message(answer.getBody());
      if (message == null || message.isBlank()) {
        bad.add(what + " → " + status + " without a message: " + abbreviated(answer.getBody()));
      }
    } else if (mustRefuse) {
      bad.add(what + " → " + status + " accepted");
    }
  }

  private String message(String body) {
    if (body == null) {
      return null;
    }
    try {
      JsonNode node = json.readTree(body);
      return node.path("message").asText(null);
    } catch (Exception notJson) {
      return null;
    }
  }

  private static String abbreviated(String body) {
    return body == null ? "" : body.substring(0, Math.min(body.length(), 200));
  }

  private String url(String path, String caseValue) {
    return path.replace("{caseNumber}", java.net.URLEncoder.encode(caseValue, java.nio.charset.StandardCharsets.UTF_8))
        .replaceAll("\\{year}", "2027").replaceAll("\\{[^}]+}", "1");
  }

  private ResponseEntity<String> call(String path, HttpMethod method, String url, HttpEntity<String> entity) {
    HttpHeaders headers = new HttpHeaders();
    if (entity != null) {
      headers.putAll(entity.getHeaders());
    }
    if (path.startsWith("/api/v1/applicant/")) {
      headers.set("X-Query-Secret", querySecret);
      headers.set("Idempotency-Key", "fuzz-" + System.nanoTime());
    }
    HttpEntity<String> request = new HttpEntity<>(entity == null ? null : entity.getBody(), headers);
    TestRestTemplate caller = path.startsWith("/api/v1/applicant/") ? rest.withBasicAuth("portal", "OneSeal-Hall-2026")
        : path.startsWith("/api/v1/regulator/") ? rest.withBasicAuth("samrSystem", "OneSeal-Samr-2026")
        : rest.withBasicAuth("admin", PASSWORD);
    return caller.exchange(url, method, request, String.class);
  }

  private static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** Rows of the bureau's records and of the engine's running state. */
  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("case_file", "case_opinion", "case_notice", "case_material_file", "api_idempotency",
        "service_rating", "wrong_approval_report", "site_survey", "supervision_card", "licence", "clock_stop",
        "holiday_year", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_PROCINST", "ACT_ID_USER")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }
}
