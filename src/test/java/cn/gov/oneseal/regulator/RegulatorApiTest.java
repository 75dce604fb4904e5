package cn.gov.oneseal.regulator;

import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.support.CaseTest;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the regulators' API over HTTP as the demo clients (and, to be refused, as others). */
abstract class RegulatorApiTest extends CaseTest {

  static final String SAMR = "samrSystem";
  static final String NHC = "nhcSystem";
  static final Map<String, String> PASSWORDS = Map.of(SAMR, "OneSeal-Samr-2026", NHC, "OneSeal-Nhc-2026",
      "portal", "OneSeal-Hall-2026");

  @Autowired TestRestTemplate rest;

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, PASSWORDS.getOrDefault(user, "OneSeal-2026"));
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> get(String user, String path) {
    return as(user).getForEntity(path, Map.class);
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> post(String user, String path, Object body) {
    return post(user, path, body, null);
  }

  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> post(String user, String path, Object body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set(IdempotentRequests.HEADER, idempotencyKey);
    }
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  /** A food licence (regulator: 市场监督管理局) granted and handed over: dispatched to regulatorSamr. */
  String dispatchedFoodCase() {
    String caseNumber = officers.grantedFood();
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    return caseNumber;
  }
}
