package cn.gov.oneseal.handover;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the handover tests share: requests as an officer, a review task claimed by reviewer1, the record. */
abstract class HandoverTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired Handovers handovers;
  @Autowired CaseHistory caseHistory;

  ResponseEntity<String> send(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  ResponseEntity<String> transfer(String user, String taskId, String to, String reason) {
    return send(user, HttpMethod.POST, "/api/v1/tasks/" + taskId + "/transfer",
        "{\"to\":" + (to == null ? "null" : "\"" + to + "\"") + ",\"reason\":"
            + (reason == null ? "null" : "\"" + reason + "\"") + "}");
  }

  /** A food case waiting for its review, claimed by reviewer1. */
  String reviewClaimedByReviewer1() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));
    return caseNumber;
  }

  /** The case reviewed by reviewer1, its decision task claimed by decider1. */
  Task decisionClaimedByDecider1(String caseNumber) {
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    officers.run("decider1", () -> engine.getTaskService().claim(decide.getId(), "decider1"));
    return decide;
  }
}
