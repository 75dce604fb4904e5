package cn.gov.oneseal.bureau;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Officers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 营口 seed: the city bureau and its county bureaus run the same processes as separate tenants.
 * Officers see only their own bureau's cases; 受理审核权下放 items are decided by the city.
 */
class BureauTenancyTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired BureauTenants tenants;

  @Test
  void aRestartWithUnchangedModelsDeploysNoNewCityDecisionStageAndStartsNormally() throws Exception {
    // what the start-up does again on a restart over the same database (the models have not changed)
    var deployments = engine.getRepositoryService().createDeploymentQuery().deploymentName("oneseal-city-decision");
    long before = deployments.count();
    tenants.deployCityDecisionStage();
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("oneseal-city-decision").count())
        .isEqualTo(before);
  }

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }


  static Map<String, Object> application(String... materials) {
    Map<String, Object> form = Applications.of(materials);
    form.put("businessScope", "FOOD_SALES");
    return form;
  }

  long visibleTasks(String user, String caseNumber) {
    return officers.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).count());
  }

  void work(String user, String caseNumber, String taskKey, Map<String, Object> form) {
    officers.complete(user, caseNumber, taskKey, form);
  }

  @Test
  void aCountyCaseIsSeenAndWorkedOnlyByThatCountysOfficers() {
    String caseNumber = officers.register("awindow1", "FoodBusinessLicence", application("M01", "M02", "M03", "M04"))
        .getBusinessKey();
    assertThat(caseNumber).startsWith("32058120260302C");
    assertThat(caseFiles.get(caseNumber).bureauId()).isEqualTo("countyA");

    assertThat(visibleTasks("awindow1", caseNumber)).isEqualTo(1);
    assertThat(visibleTasks("window1", caseNumber)).isZero();
    assertThat(visibleTasks("bwindow1", caseNumber)).isZero();
    Task intake = officers.task(caseNumber, "Task_AcceptApplication");
    assertThat(intake.getTenantId()).isEqualTo("countyA");
    assertThatThrownBy(() -> officers.run("window1", () -> engine.getFormService().submitTaskForm(intake.getId(),
        Map.of("intakeDecision", "accept")))).isInstanceOf(ProcessEngineException.class);
    assertThat(officers.as("window1", () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count())).isZero();
    // and the other way round: the city's cases are not the county's
    String cityCase = officers.register("window1", "FoodBusinessLicence", application("M01", "M02")).getBusinessKey();
    assertThat(cityCase).startsWith("32050020260302C");
    assertThat(visibleTasks("window2", cityCase)).isEqualTo(1);
    assertThat(visibleTasks("awindow1", cityCase)).isZero();
    assertThat(visibleTasks("bwindow1", cityCase)).isZero();

    work("awindow1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.surveyAs("asurveylead1", caseNumber, "pass");
    work("areviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewRecommendation", "grant",
        "reviewOpinion", "符合条件"));
    // food is delegated to the counties (直接放权): the county decides
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getTenantId()).isEqualTo("countyA");
    assertThat(visibleTasks("decider1", caseNumber)).isZero();
    work("adecider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    assertThat(caseFiles.get(caseNumber).licenceNumber()).startsWith("JY1320581");

    // the regulator and the auditor work for the whole city
    work("awindow1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    assertThat(visibleTasks("samr1", caseNumber)).isEqualTo(1);
    work("samr1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
    assertThat(officers.as("auditor1", () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).count())).isEqualTo(7);
    // the case, intake, survey, decision, dispatch, the post to the regulator's system and the follow-up
    // call (回访, Supervision_FollowUp) — all in the case's bureau
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("Integration_NotifyRegulator").singleResult().getTenantId()).isEqualTo("countyA");
  }

  @Test
  void anItemDelegatedForAcceptanceAndExaminationIsDecidedByTheCity() {
    String caseNumber = officers.register("awindow1", "DrugRetailLicence",
        application("M01", "M02", "M03", "M04", "M05", "M06")).getBusinessKey();
    work("awindow1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.surveyAs("asurveylead1", caseNumber, "pass");
    work("areviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewRecommendation", "grant",
        "reviewOpinion", "县局审查同意，报市局决定"));

    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decide.getTenantId()).isEqualTo("city");
    assertThat(visibleTasks("adecider1", caseNumber)).isZero();
    assertThat(visibleTasks("decider1", caseNumber)).isEqualTo(1);
    // the city's own deployment of the decision stage carries its form, as Tasklist loads it
    ResponseEntity<Map> form = rest.withBasicAuth("decider1", "OneSeal-2026")
        .getForEntity("/engine-rest/task/" + decide.getId() + "/deployed-form", Map.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody().get("id")).isEqualTo("Form_DecideApplication");
    work("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "市局准予"));
    assertThat(caseFiles.get(caseNumber).licenceNumber()).startsWith("YL1320500");
    assertThat(caseFiles.get(caseNumber).decidedBy()).isEqualTo("decider1");

    // back to the county for the single-window delivery
    assertThat(officers.task(caseNumber, "Task_IssueLicence").getTenantId()).isEqualTo("countyA");
    assertThat(visibleTasks("window1", caseNumber)).isZero();
    work("awindow1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "POST", "delivered", true));
    work("samr1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
  }

  @Test
  void overRestTheBureauComesFromTheOfficersTenant() {
    Map<String, Object> variables = new HashMap<>();
    application("M01", "M02").forEach((k, v) -> variables.put(k, k.equals("materials")
        ? Map.of("value", "[\"M01\",\"M02\"]", "type", "Json") : Map.of("value", v)));
    ResponseEntity<Map> started = rest.withBasicAuth("bwindow1", "OneSeal-2026").postForEntity(
        "/engine-rest/process-definition/key/FoodBusinessLicence/submit-form", Map.of("variables", variables), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("tenantId")).isEqualTo("countyB");
    String caseNumber = (String) started.getBody().get("businessKey");
    assertThat(caseNumber).startsWith("320582");
    ResponseEntity<List> cityView = rest.withBasicAuth("window1", "OneSeal-2026")
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNumber, List.class);
    assertThat(cityView.getBody()).isEmpty();
    ResponseEntity<List> countyView = rest.withBasicAuth("bwindow1", "OneSeal-2026")
        .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNumber, List.class);
    assertThat(countyView.getBody()).hasSize(1);
  }
}
