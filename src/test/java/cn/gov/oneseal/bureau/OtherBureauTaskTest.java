package cn.gov.oneseal.bureau;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Internals;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * A city officer and a task of a county bureau (another engine tenant), over /engine-rest and over Tasklist's own
 * API: every request — reading the task, its variables and form variables, claiming, unclaiming, completing,
 * submitting its form — is answered as for a task that does not exist (404, one Chinese message), at once (not after
 * the two seconds the conflict check used to wait), and leaves the task as it was.
 */
class OtherBureauTaskTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";
  static final String INTAKE = "{\"variables\":{\"intakeDecision\":{\"value\":\"accept\"},"
      + "\"intakeOpinion\":{\"value\":\"材料齐全\"}}}";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @Test
  void aCountyTaskIsNotFoundForTheCityOfficerOnBothSurfacesAtOnceAndStaysUntouched() throws Exception {
    String caseNumber = officers.register("awindow1", "FoodBusinessLicence", BureauTenancyTest.application("M01", "M02"))
        .getBusinessKey();
    Task task = officers.task(caseNumber, "Task_AcceptApplication");
    String variables = engine.getRuntimeService().getVariables(task.getProcessInstanceId()).toString();
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "window1", PASSWORD);

    // what the city officer is told about a task that does not exist at all
    ResponseEntity<String> none = engineRest(HttpMethod.GET, "/task/no-such-task", null);
    assertThat(none.getStatusCode().value()).isEqualTo(404);
    String notFound = json.readTree(none.getBody()).path("message").asText();
    assertThat(notFound).contains("没有找到该任务");

    Map<String, BiFunction<HttpMethod, String, ResponseEntity<String>>> surfaces = new LinkedHashMap<>();
    surfaces.put("/engine-rest", (method, path) -> engineRest(method, path, body(path)));
    surfaces.put("Tasklist's API", (method, path) -> method == HttpMethod.GET
        ? tasklist.get("/camunda/api/engine/engine/default" + path)
        : tasklist.postJson("/camunda/api/engine/engine/default" + path, body(path)));
    String id = task.getId();
    List<String> bad = new ArrayList<>();
    surfaces.forEach((surface, call) -> {
      call.apply(HttpMethod.GET, "/task/" + id); // the first request of a session is slower: not measured
      for (String request : List.of("GET /task/" + id, "GET /task/" + id + "/variables",
          "GET /task/" + id + "/form-variables", "POST /task/" + id + "/claim", "POST /task/" + id + "/unclaim",
          "POST /task/" + id + "/complete", "POST /task/" + id + "/submit-form")) {
        String[] parts = request.split(" ");
        long started = System.nanoTime();
        ResponseEntity<String> answer = call.apply(HttpMethod.valueOf(parts[0]), parts[1]);
        long millis = (System.nanoTime() - started) / 1_000_000;
        String what = surface + " " + request.replace(id, "{id}") + " → " + answer.getStatusCode().value() + " in "
            + millis + " ms: " + answer.getBody();
        if (answer.getStatusCode().value() != 404 || !notFound.equals(message(answer)) || millis > 1500
            || !Internals.in(answer.getBody()).isEmpty()) {
          bad.add(what);
        }
      }
    });
    assertThat(bad).isEmpty();

    Task after = engine.getTaskService().createTaskQuery().taskId(id).singleResult();
    assertThat(after).as("the task is still open").isNotNull();
    assertThat(after.getAssignee()).as("nobody claimed it").isNull();
    assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId()).toString())
        .as("no variable set").isEqualTo(variables);
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.RECEIVED);
    // and the county's own officer works it as usual
    assertThat(rest.withBasicAuth("awindow1", PASSWORD).postForEntity("/engine-rest/task/" + id + "/claim",
        jsonEntity("{\"userId\":\"awindow1\"}"), String.class).getStatusCode().value()).isEqualTo(204);
  }

  private ResponseEntity<String> engineRest(HttpMethod method, String path, String body) {
    return rest.withBasicAuth("window1", PASSWORD).exchange("/engine-rest" + path, method,
        method == HttpMethod.GET ? HttpEntity.EMPTY : jsonEntity(body), String.class);
  }

  private static String body(String path) {
    return path.endsWith("/claim") ? "{\"userId\":\"window1\"}" : path.endsWith("/unclaim") ? "{}" : INTAKE;
  }

  private String message(ResponseEntity<String> answer) {
    try {
      JsonNode body = json.readTree(answer.getBody());
      return body.path("message").asText(null);
    } catch (Exception notJson) {
      return null;
    }
  }

  private static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
