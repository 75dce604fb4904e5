package cn.gov.oneseal.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Nothing but health, the working-day calculator, the service guide and the verification of issued documents answers
 * without a login: every operation
 * of the API's own description, a sample of the engine's REST and of the webapps' APIs, tried anonymously.
 */
@OneSealSpringTest
class AnonymousAccessTest {

  @Autowired TestRestTemplate rest;

  @Test
  void everyApiOperationButTheServiceGuideTheCalendarTheVerificationAndThePublicationsNeedsALogin() {
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) rest
        .withBasicAuth("analyst1", "OneSeal-2026").getForEntity("/v3/api-docs", Map.class).getBody().get("paths");
    assertThat(paths).hasSizeGreaterThan(20);
    List<String> open = new ArrayList<>();
    paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
      String url = path.replaceAll("\\{[^}]+}", "2026");
      ResponseEntity<String> answer = call(HttpMethod.valueOf(method.toUpperCase()), url);
      if (answer.getStatusCode() != HttpStatus.UNAUTHORIZED) {
        open.add(method.toUpperCase() + " " + path + " → " + answer.getStatusCode().value());
      }
    }));
    assertThat(open).allSatisfy(operation -> assertThat(operation)
            .matches("GET /api/v1/(items|calendar|verification|public/publications|public/pre-publicity)\\S* → \\d+"
                + "|POST /api/v1/(verification|public/pre-publicity/\\{id}/objections) → 4\\d\\d"))
        .anySatisfy(operation -> assertThat(operation).startsWith("GET /api/v1/items → 200"))
        .anySatisfy(operation -> assertThat(operation).startsWith("GET /api/v1/calendar/deadline"));
    // an address no controller has yet is closed too
    assertThat(call(HttpMethod.GET, "/api/v1/not-yet-written").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.PUT, "/api/v1/calendar/2027").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // the verification's upload and the objection to a 批前公示 are the open POSTs: nothing else under them
    assertThat(call(HttpMethod.POST, "/api/v1/public/publications").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, "/api/v1/public/pre-publicity/2026").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.POST, "/api/v1/verification/2026").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.DELETE, "/api/v1/verification").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theEnginesAndTheWebappsApisNeedALogin() {
    for (String path : List.of("/engine-rest/engine", "/engine-rest/version", "/engine-rest/task",
        "/engine-rest/process-definition", "/engine-rest/deployment", "/engine-rest/user", "/engine-rest/group",
        "/engine-rest/history/process-instance", "/engine-rest/history/task", "/engine-rest/filter",
        "/engine-rest/engine/default/process-instance", "/engine-rest/authorization", "/engine-rest/job")) {
      assertThat(call(HttpMethod.GET, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(call(HttpMethod.POST, "/engine-rest/process-definition/key/FoodBusinessLicence/start").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
        "/camunda/api/cockpit/plugin/oneseal-case-history/default/cases",
        "/camunda/api/cockpit/plugin/oneseal-supervision/default/dashboard")) {
      assertThat(call(HttpMethod.GET, path).getStatusCode()).as(path).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> health = call(HttpMethod.GET, "/actuator/health");
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).as("the status only").isEqualTo("{\"status\":\"UP\"}");
    assertThat(call(HttpMethod.GET, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(HttpMethod.GET, "/actuator").getStatusCode()).as("no index of the endpoints")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call(HttpMethod.GET, "/actuator/env").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> call(HttpMethod method, String url) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(url, method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers), String.class);
  }
}
