package cn.gov.oneseal.bureau;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Officers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 营口 seed: the city bureau and its county bureaus run the same processes as separate tenants.
 * Officers see only their own bureau's cases; 受理审核权下放 items are decided by the city; each bureau's head
 * approves its own extensions.
 */
@ExtendWith(OutputCaptureExtension.class)
class BureauTenancyTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired BureauTenants tenants;
  @Autowired BureauHeads heads;
  @Autowired Bureaus bureaus;

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
        .processInstanceBusinessKey(caseNumber).count())).isEqualTo(9);
    // the case, intake, survey, review, decision, delivery, dispatch, the post to the regulator's system and the
    // follow-up call (回访, Supervision_FollowUp) — all in the case's bureau
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

  @Test
  void aCountyReviewersExtensionRequestReachesThatCountysHead() {
    String caseNumber = officers.register("awindow1", "FoodBusinessLicence", application("M01", "M02", "M03", "M04"))
        .getBusinessKey();
    work("awindow1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.surveyAs("asurveylead1", caseNumber, "pass");
    work("areviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "需补充核查冷链设施"));
    Task extension = officers.task(caseNumber, "Task_ApproveExtension");
    assertThat(extension.getTenantId()).isEqualTo("countyA");

    // 甲县's head has it in Tasklist's group filter and over the engine's REST; the city's and 乙县's heads do not
    assertThat(groupTasks("ahead1")).contains(extension.getId());
    assertThat(groupTasks("head1")).doesNotContain(extension.getId());
    assertThat(groupTasks("bhead1")).doesNotContain(extension.getId());
    ResponseEntity<List> overRest = rest.withBasicAuth("ahead1", "OneSeal-2026")
        .getForEntity("/engine-rest/task?candidateGroup=bureauHead&processInstanceBusinessKey=" + caseNumber, List.class);
    assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(overRest.getBody()).extracting(t -> ((Map<?, ?>) t).get("id")).containsExactly(extension.getId());
    assertThat(rest.withBasicAuth("head1", "OneSeal-2026").getForEntity("/engine-rest/task?processInstanceBusinessKey="
        + caseNumber, List.class).getBody()).isEmpty();

    work("ahead1", caseNumber, "Task_ApproveExtension",
        Map.of("extensionApproved", "approve", "extensionOpinion", "同意延期", "extensionNoticeGiven", true));
    assertThat(officers.task(caseNumber, "Task_ReviewApplication")).isNotNull();
    assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> "extension".equals(o.stage())).extracting(o -> o.officerId())
        .contains("ahead1");
  }

  /** What Tasklist's 组待办 filter shows the officer. */
  List<String> groupTasks(String user) {
    var filter = engine.getFilterService().createFilterQuery().filterName("组待办").singleResult();
    return officers.as(user, () -> engine.getFilterService().<Task>list(filter.getId())).stream().map(Task::getId)
        .toList();
  }

  @Test
  void everyBureauOfTheDemoHasAHeadAndOneWithoutIsNamedInAWarningAtStartUp(CapturedOutput output) {
    assertThat(heads.withoutHead()).isEmpty();

    List<Bureau> withCountyC = new ArrayList<>(bureaus.bureaus());
    withCountyC.add(new Bureau("countyC", "某市丙县行政审批局", "320583", false));
    BureauHeads headless = new BureauHeads(engine.getIdentityService(), new Bureaus(withCountyC));
    assertThat(headless.withoutHead()).extracting(Bureau::id).containsExactly("countyC");
    headless.warnOfBureausWithoutHead();
    assertThat(output.getOut()).contains("countyC", "某市丙县行政审批局", "没有局负责人");
  }
}
