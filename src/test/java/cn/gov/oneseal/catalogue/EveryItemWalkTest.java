package cn.gov.oneseal.catalogue;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem.Department;
import cn.gov.oneseal.catalogue.ApprovalItem.SurveyMode;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.window.WindowSubmission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every item of the catalogue walked end to end on its shape's main path, as the demo officers: 收件 as window1
 * through the item's generated start form (every material it lists, its first business scope), then — by type —
 * accept, the joint survey when the item holds one (every participant files findings), the 批前公示 where the
 * catalogue asks for one (its period run out), review and grant, or the
 * higher organ's grant (上报件), or every department's opinion (联办件), or the on-the-spot decision (即办件); the
 * licence delivered with the item's prefix, the dispatch to the item's regulator group, which another regulator
 * neither sees nor signs for, and the item's regulator's sign-for, after which the case is 办结.
 */
class EveryItemWalkTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired ItemCatalogue catalogue;
  @Autowired TestRestTemplate rest;

  /** The codes of processes/catalogue.yaml, in its order. */
  static Stream<String> items() throws IOException {
    JsonNode items = new ObjectMapper(new YAMLFactory()).readTree(Path.of("processes/catalogue.yaml").toFile())
        .path("items");
    List<String> codes = new ArrayList<>();
    items.forEach(item -> codes.add(item.path("code").asText()));
    return codes.stream();
  }

  @BeforeEach
  void monday() {
    // Monday 2026-03-02 09:00
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void walksItsMainPathToTheRegulatorsSignFor(String code) {
    ApprovalItem item = catalogue.get(code);
    ProcessInstance pi = officers.register("window1", code, fromTheStartForm(item));
    String caseNumber = pi.getBusinessKey();
    switch (item.type()) {
      case INSTANT -> officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", Map.of("intakeDecision",
          "accept", "decision", "grant", "decisionOpinion", "材料齐全，当场准予", "deliveryMethod", "WINDOW",
          "delivered", true));
      case PROMISE -> {
        accept(item, caseNumber);
        review(caseNumber, "符合法定条件");
        officers.complete("decider1", caseNumber, "Task_DecideApplication",
            Map.of("decision", "grant", "decisionOpinion", "准予许可"));
      }
      case REPORT -> {
        accept(item, caseNumber);
        review(caseNumber, "初审同意，报上级机关决定");
        officers.hand("window1", caseNumber, WindowSubmission.HIGHER_ORGAN_DECISION,
            Map.of("decision", "grant", "opinion", "同意核发", "document", "苏自然资规〔2026〕12号"));
      }
      case JOINT -> {
        accept(item, caseNumber);
        item.jointDepartments().forEach(department -> giveOpinion(caseNumber, department.group()));
        officers.complete("decider1", caseNumber, "Task_DecideApplication",
            Map.of("decision", "grant", "decisionOpinion", "各部门意见均为同意，准予"));
      }
    }
    CaseFile granted = caseFiles.get(caseNumber);
    assertThat(granted.licenceNumber()).as("licence number of " + code)
        .matches(item.licencePrefix() + "1\\d{12}[0-9]");
    if (item.type() != ItemType.INSTANT) {
      officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW",
          "delivered", true));
    }
    Task signFor = officers.task(caseNumber, "Task_SignForDecision");
    assertThat(signFor).as("dispatched to the regulator").isNotNull().hasCandidateGroup(item.regulatorGroup());
    assertAnotherRegulatorNeitherSeesNorSignsFor(item, caseNumber, signFor);
    String regulator = officers.memberOf(item.regulatorGroup());
    assertThat(get(regulator, signForQuery(caseNumber)).getBody()).contains("Task_SignForDecision");
    officers.complete(regulator, caseNumber, "Task_SignForDecision", Map.of("signedFor", true));

    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.COMPLETED);
    assertThat(pi).isEnded().hasPassed("CallActivity_DispatchToRegulator", "EndEvent_CaseCompleted")
        .hasNotPassed("EndEvent_Rejected");
  }

  /**
   * The submission of the item's deployed 收件登记 form: it is the one generated for the item, lists the item's
   * materials (all handed in) and, where the item has them, its business scopes (the first chosen).
   */
  private Map<String, Object> fromTheStartForm(ApprovalItem item) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(item.code())
        .latestVersion().singleResult().getId();
    JsonNode form = officers.as("window1", () -> {
      try (InputStream in = engine.getFormService().getDeployedStartForm(definition)) {
        return new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(form.path("id").asText()).isEqualTo("Form_Register" + item.code());
    List<String> materials = new ArrayList<>();
    String scope = null;
    for (JsonNode field : form.findParents("key")) {
      if (field.path("key").asText().equals("materials")) {
        field.path("values").forEach(v -> materials.add(v.path("value").asText()));
      }
      if (field.path("key").asText().equals("businessScope")) {
        scope = field.path("values").get(0).path("value").asText();
      }
    }
    assertThat(materials).as("the form lists the item's materials").containsExactlyElementsOf(
        item.materials().stream().map(Material::code).toList());
    Map<String, Object> submission = Applications.of();
    submission.put("materials", Spin.JSON(Spin.JSON(materials).toString()));
    assertThat(scope != null).as("a business scope choice exactly when the item has scopes")
        .isEqualTo(!item.businessScopes().isEmpty());
    if (scope != null) {
      submission.put("businessScope", scope);
    }
    return submission;
  }

  /** The window accepts (asking for the survey of an OPTIONAL item); a survey with every participant follows. */
  private void accept(ApprovalItem item, String caseNumber) {
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept",
        "surveyRequested", item.survey() == SurveyMode.OPTIONAL));
    if (item.survey() == SurveyMode.NONE || item.type() == ItemType.JOINT) {
      assertThat(officers.task(caseNumber, "Task_ScheduleSurvey")).as("no survey").isNull();
      return;
    }
    String[] groups = item.surveyParticipants().stream().map(Department::group).toArray(String[]::new);
    officers.scheduleSurvey(caseNumber, groups);
    for (String group : groups) {
      officers.fileFindings(caseNumber, group, "agree", "现场与申请材料一致");
    }
    officers.recordSurvey(caseNumber, "pass");
  }

  private void review(String caseNumber, String opinion) {
    if (catalogue.get(caseFiles.get(caseNumber).itemCode()).prePublicity().isPresent()) {
      // 批前公示 first (建设工程规划许可): the period ends without objections, then the review
      officers.endPrePublicity(caseNumber);
    }
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", opinion));
  }

  private void giveOpinion(String caseNumber, String group) {
    String user = officers.memberOf(group);
    officers.run(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey("Task_GiveDepartmentOpinion").taskCandidateGroup(group).singleResult();
      engine.getTaskService().claim(task.getId(), user);
      engine.getFormService().submitTaskForm(task.getId(), Map.of("departmentAgrees", "agree"));
    });
  }

  /** A regulator of another department: the task is not in its lists, the case not in its history, no sign-for. */
  private void assertAnotherRegulatorNeitherSeesNorSignsFor(ApprovalItem item, String caseNumber, Task signFor) {
    String other = item.regulatorGroup().equals("regulatorSamr") ? "eco1" : "samr1";
    assertThat(get(other, signForQuery(caseNumber)).getBody()).isEqualTo("[]");
    assertThat(get(other, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber)
        .getBody()).isEqualTo("[]");
    ResponseEntity<String> attempt = send(other, HttpMethod.POST, "/engine-rest/task/" + signFor.getId()
        + "/submit-form", "{\"variables\":{\"signedFor\":{\"value\":true}}}");
    assertThat(attempt.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).as("still waiting for " + item.regulatorGroup())
        .isNotNull();
  }

  private static String signForQuery(String caseNumber) {
    return "/engine-rest/task?taskDefinitionKey=Task_SignForDecision&processInstanceBusinessKey=" + caseNumber;
  }

  private ResponseEntity<String> get(String user, String path) {
    return send(user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }
}
