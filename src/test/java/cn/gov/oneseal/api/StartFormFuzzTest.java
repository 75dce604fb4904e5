package cn.gov.oneseal.api;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseNumbers;
import cn.gov.oneseal.casefile.CheckCharacters;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Material;
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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start form (收件登记) of every item of the catalogue, fuzzed field by field — the fields read from the deployed
 * form itself — over /engine-rest (HTTP Basic, by key) and over Tasklist's own API (session and CSRF token, by
 * definition id, as Tasklist's start dialog sends it): wrong types, text that is not JSON for the Json field, NUL
 * characters, huge and hostile text, serialized objects, typed case numbers, unknown fields, broken bodies. Never a
 * 5xx, never SQL or Java class names in an answer, never a case (nor a process instance) from a refused form; what is
 * accepted is a case of the officer's bureau with the bureau's own, well-formed number. Runs on H2 and on PostgreSQL
 * (which, unlike H2, cannot store a NUL character).
 */
class StartFormFuzzTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";
  static final String CITY = "320500";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired ItemCatalogue catalogue;

  /** What a payload must get, beyond "no 5xx, no internals, nothing kept when refused". */
  enum Expect { ACCEPTED, ANY, REFUSED, NUL_REFUSED, KEY_REFUSED, JSON_REFUSED }

  record Payload(String name, Expect expect, UnaryOperator<ObjectNode> change) {}

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @Test
  void everyItemsStartFormOverBothSurfacesNeverFailsNorShowsInternalsNorKeepsARefusal() throws Exception {
    String existing = officers.register("window1", Applications.food()).getBusinessKey();
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "window1", PASSWORD);
    List<String> bad = new ArrayList<>();
    int requests = 0;
    for (ApprovalItem item : catalogue.all()) {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(item.code()).latestVersion().singleResult().getId();
      Map<String, Function<String, ResponseEntity<String>>> surfaces = new LinkedHashMap<>();
      surfaces.put("/engine-rest", body -> rest.withBasicAuth("window1", PASSWORD).postForEntity(
          "/engine-rest/process-definition/key/" + item.code() + "/submit-form", jsonEntity(body), String.class));
      surfaces.put("Tasklist", body -> tasklist.postJson(
          "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form", body));
      List<String> fields = formFields(definitionId);
      assertThat(fields).as(item.code()).contains("applicantName", "materials");
      for (Map.Entry<String, Function<String, ResponseEntity<String>>> surface : surfaces.entrySet()) {
        for (Payload payload : payloads(fields, existing)) {
          ObjectNode body = payload.change().apply(valid(item));
          String what = item.code() + " " + surface.getKey() + " [" + payload.name() + "]";
          judge(what, payload.expect(), () -> surface.getValue().apply(body.toString()), bad);
          requests++;
        }
        for (Map.Entry<String, String> raw : Map.of("malformed", "{\"variables\":", "array", "[1,2]", "number", "42",
            "NUL in a key", "{\"variables\":{\"applicant\\u0000Name\":{\"value\":\"x\"}}}").entrySet()) {
          judge(item.code() + " " + surface.getKey() + " [" + raw.getKey() + "]", Expect.REFUSED,
              () -> surface.getValue().apply(raw.getValue()), bad);
          requests++;
        }
      }
    }
    assertThat(bad).as(bad.size() + " of " + requests + " requests").isEmpty();
  }

  /** The field keys of the item's deployed start form, as Tasklist loads it. */
  private List<String> formFields(String definitionId) throws Exception {
    ResponseEntity<String> form = rest.withBasicAuth("window1", PASSWORD).getForEntity(
        "/engine-rest/process-definition/" + definitionId + "/deployed-start-form", String.class);
    assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    collect(json.readTree(form.getBody()), keys);
    return keys;
  }

  private static void collect(JsonNode node, List<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
      collect(component, keys);
    }
  }

  /** A complete, valid start form of the item (the required materials, the first business scope). */
  private ObjectNode valid(ApprovalItem item) {
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject("applicantName").put("value", "好味餐饮有限公司");
    variables.putObject("applicantIdType").put("value", "USCC");
    variables.putObject("applicantId").put("value", "91350100M000100Y43");
    variables.putObject("contactName").put("value", "林晓");
    variables.putObject("contactPhone").put("value", "0512-66881234");
    variables.putObject("premisesAddress").put("value", "姑苏区人民路100号");
    if (!item.businessScopes().isEmpty()) {
      variables.putObject("businessScope").put("value", item.businessScopes().keySet().iterator().next());
    }
    variables.putObject("materials").put("type", "Json").put("value", item.materials().stream()
        .filter(Material::required).map(m -> "\"" + m.code() + "\"").reduce((a, b) -> a + "," + b)
        .map(codes -> "[" + codes + "]").orElse("[]"));
    return body;
  }

  /** The unchanged form, each field broken every way, and the body-level attacks. */
  private List<Payload> payloads(List<String> fields, String existingCase) {
    List<Payload> payloads = new ArrayList<>();
    payloads.add(new Payload("valid", Expect.ACCEPTED, body -> body));
    String wellFormed = CITY + "20260302C999999" + CheckCharacters.mod3736(CITY + "20260302C999999");
    for (String key : List.of(existingCase, "MY-OWN-KEY-1", wellFormed, " " + existingCase + " ")) {
      payloads.add(new Payload("businessKey " + key, Expect.KEY_REFUSED, body -> body.put("businessKey", key)));
    }
    payloads.add(new Payload("businessKey with NUL", Expect.NUL_REFUSED, body -> body.put("businessKey", "A\u0000B")));
    payloads.add(new Payload("businessKey as a number", Expect.KEY_REFUSED, body -> body.put("businessKey", 42)));
    payloads.add(new Payload("unknown field", Expect.ANY, body -> variable(body, "surveyResult", v -> v.put("value",
        "pass"))));
    payloads.add(new Payload("variables as a list", Expect.REFUSED, body -> {
      body.putArray("variables").add("applicantName");
      return body;
    }));
    payloads.add(new Payload("no variables", Expect.REFUSED, body -> {
      body.remove("variables");
      return body;
    }));
    for (String field : fields) {
      payloads.add(new Payload(field + " list", Expect.REFUSED, body -> variable(body, field,
          v -> v.putArray("value").add("<script>alert(1)</script>"))));
      payloads.add(new Payload(field + " object", Expect.REFUSED, body -> variable(body, field,
          v -> v.putObject("value").put("$gt", ""))));
      payloads.add(new Payload(field + " number", Expect.REFUSED, body -> variable(body, field, v -> v.put("value", 42))));
      payloads.add(new Payload(field + " boolean", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", true))));
      // the received materials may be none (the intake then asks for them): a form without a field may be a case
      payloads.add(new Payload(field + " missing", Expect.ANY, body -> {
        ((ObjectNode) body.path("variables")).remove(field);
        return body;
      }));
      payloads.add(new Payload(field + " NUL", Expect.NUL_REFUSED, body -> variable(body, field,
          v -> v.put("value", "林\u0000晓").remove("type"))));
      payloads.add(new Payload(field + " 70 000 characters", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "字".repeat(70_000)).remove("type"))));
      payloads.add(new Payload(field + " hostile text", Expect.ANY, body -> variable(body, field,
          v -> v.put("value", "${applicationContext} <script>alert(1)</script> '; drop table case_file; --")
              .remove("type"))));
      payloads.add(new Payload(field + " not JSON", Expect.JSON_REFUSED, body -> variable(body, field,
          v -> v.put("value", "[not json").put("type", "Json"))));
      payloads.add(new Payload(field + " empty JSON", Expect.JSON_REFUSED, body -> variable(body, field,
          v -> v.put("value", "").put("type", "Json"))));
      payloads.add(new Payload(field + " JSON object", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "{\"M01\":true}").put("type", "Json"))));
      payloads.add(new Payload(field + " wrong declared type", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "abc").put("type", "Integer"))));
      payloads.add(new Payload(field + " unknown type", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "abc").put("type", "NoSuchType"))));
      payloads.add(new Payload(field + " date", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "tomorrow").put("type", "Date"))));
      payloads.add(new Payload(field + " Java-serialized", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "rO0ABXQAAA==").put("type", "Object").set("valueInfo", json.createObjectNode()
              .put("objectTypeName", "java.lang.String")
              .put("serializationDataFormat", "application/x-java-serialized-object")))));
      payloads.add(new Payload(field + " object as JSON", Expect.REFUSED, body -> variable(body, field,
          v -> v.put("value", "{}").put("type", "Object").set("valueInfo", json.createObjectNode()
              .put("objectTypeName", "java.util.ArrayList").put("serializationDataFormat", "application/json")))));
    }
    return payloads;
  }

  private static ObjectNode variable(ObjectNode body, String field, Consumer<ObjectNode> change) {
    ObjectNode variables = (ObjectNode) body.path("variables");
    change.accept(variables.has(field) ? (ObjectNode) variables.get(field) : variables.putObject(field));
    return body;
  }

  private void judge(String what, Expect expect, Supplier<ResponseEntity<String>> call, List<String> bad) {
    long cases = count("case_file");
    long instances = count("ACT_RU_EXECUTION");
    ResponseEntity<String> answer = call.get();
    int status = answer.getStatusCode().value();
    String body = answer.getBody() == null ? "" : answer.getBody();
    String shown = what + " → " + status + " " + body.substring(0, Math.min(body.length(), 300));
    if (status >= 500) {
      bad.add(shown);
      return;
    }
    if (status >= 400) {
      String message = message(body);
      if (message.isBlank()) {
        bad.add("no message: " + shown);
      }
      if (!Internals.in(body).isEmpty()) {
        bad.add("internals " + Internals.in(body) + ": " + shown);
      }
      if (count("case_file") != cases || count("ACT_RU_EXECUTION") != instances) {
        bad.add("kept a refused form: " + shown);
      }
      boolean expected = switch (expect) {
        case NUL_REFUSED -> status == 400 && message.equals("请求中不得含有空字符（U+0000）");
        case KEY_REFUSED -> status == 400 && message.equals(CaseNumbers.NOT_TYPED);
        case JSON_REFUSED -> status == 400 && message.contains("JSON") && message.contains(fieldOf(what));
        case ACCEPTED -> false;
        default -> true;
      };
      if (!expected) {
        bad.add("not the " + expect + " answer: " + shown);
      }
      return;
    }
    if (expect != Expect.ANY && expect != Expect.ACCEPTED) {
      bad.add("accepted: " + shown);
      return;
    }
    String caseNumber = message(body, "businessKey");
    if (!CaseNumbers.isWellFormed(caseNumber) || !caseNumber.startsWith(CITY) || count("case_file") != cases + 1
        || !"city".equals(caseFiles.get(caseNumber).bureauId())) {
      bad.add("not a case of the bureau's own number: " + shown);
    }
  }

  private static String fieldOf(String what) {
    return what.substring(what.indexOf('[') + 1).split(" ")[0];
  }

  private String message(String body) {
    return message(body, "message");
  }

  private String message(String body, String property) {
    try {
      return json.readTree(body).path(property).asText("");
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
