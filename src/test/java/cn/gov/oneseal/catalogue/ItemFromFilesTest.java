package cn.gov.oneseal.catalogue;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.CaseHistory.Entry;
import cn.gov.oneseal.audit.CaseHistory.Timeline;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.support.AnalystFiles;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.support.Stages;
import cn.gov.oneseal.support.TemplateModels;
import cn.gov.oneseal.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An analyst adds an item without Java (src/docs/analysts-guide.md, "Add an item"): a catalogue entry and a model
 * drawn from the stages' element templates — files only, nothing else. The bureau is built from those files (the
 * build's start-form step) and started on them; a case of the new item is registered through its generated start
 * form and walked to 办结 and the regulator's sign-for; the catalogue, the service guide and the case history show
 * the new item.
 */
// without Camunda's webapps: closing a context that runs them clears their JVM-wide runtime delegates (Tasklist,
// Cockpit, Admin), and the webapps of the test contexts still running would answer 500
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.process-engine-name=itemFromFiles", "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles(resolver = TestDatabase.DemoProfiles.class)
@Tag(TestDatabase.TAG)
@DirtiesContext
class ItemFromFilesTest {

  static final String CODE = "GasBusinessLicence";

  /** 城镇燃气经营许可: a 承诺件 without 告知承诺, survey on request, 容缺 for one secondary material. */
  static final String ENTRY = """
        - code: GasBusinessLicence
          name: 城镇燃气经营许可
          legalBasis: 《城镇燃气管理条例》（国务院令第583号，2016年修订）第十五条；《燃气经营许可管理办法》（建城规〔2019〕2号）
          type: PROMISE
          # the bureau's choice: the demo's 住房和城乡建设局 stands for the 燃气管理部门
          regulator: {department: 住房和城乡建设局, group: regulatorHousing}
          delegation: COUNTY
          # 《行政许可法》第四十二条：自受理之日起二十日内作出决定（条例和办法未另定期限）
          statutoryLimit: 20
          countsFrom: ACCEPTANCE
          promisedLimit: 7
          extensionLimit: 10
          stageLimits: {intake: 1, survey: 2, review: 3, decision: 2, delivery: 5, signFor: 3}
          # the bureau's choice: 现场核查 when the window asks for one (new stations, changed facilities)
          survey: OPTIONAL
          surveyParticipants:
            - {group: regulatorHousing, name: 住房和城乡建设局（燃气管理）}
          # 燃气经营涉及公共安全：不适用告知承诺；the bureau's choice: 容缺 only for the 经营方案 (M05)
          commitment: {allowed: false}
          deficiency: {allowed: true, materials: [M05]}
          fees: 不收费
          # 建城〔2011〕174号第三条：有效期限由省级燃气管理部门确定（本例假定 3 年）
          licence: {prefix: RQ, validity: P3Y}
          followUp: {afterWorkingDays: 3}
          materials:
            - {code: M01, name: 燃气经营许可申请书, kind: main, required: true}
            - {code: M02, name: 燃气设施工程竣工验收合格及备案文件, kind: main, required: true}
            - {code: M03, name: 气源供应企业供用气合同, kind: main, required: true}
            - {code: M04, name: 主要负责人、安全生产管理人员及运行维护和抢修人员考核合格证明, kind: main, required: true}
            - {code: M05, name: 经营方案（企业章程、发展规划、安全用气服务制度等）, kind: secondary, required: true}
            - {code: M06, name: 燃气汽车加气站特种设备使用登记证明（经营加气站的）, kind: secondary, required: false}
        """.stripIndent().indent(2);

  /** The new item's model, drawn from the element templates as in Modeler. */
  static org.camunda.bpm.model.bpmn.BpmnModelInstance model() {
    return new TemplateModels(AnalystFiles.TEMPLATES).promiseItem(CODE, "城镇燃气经营许可");
  }

  @DynamicPropertySource
  static void analystFiles(DynamicPropertyRegistry registry) {
    AnalystFiles files = AnalystFiles.of("added", ENTRY, CODE, model()).buildStartForms();
    for (String property : files.properties()) {
      String[] pair = property.split("=", 2);
      registry.add(pair[0], () -> pair[1]);
    }
  }

  @Autowired ProcessEngine engine;
  @Autowired CaseFiles caseFiles;
  @Autowired CaseHistory caseHistory;
  @Autowired TestRestTemplate rest;
  @Autowired ItemCatalogue catalogue;
  @Autowired CatalogueEntries entries;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCaseOfTheAddedItemRunsFromItsStartFormToTheRegulatorsSignFor() throws IOException {
    init(engine);
    Officers officers = new Officers(engine);
    Stages stages = new Stages(engine);
    // Monday 2026-03-02 09:00
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));

    // the start dialog offers the item with the start form made from its catalogue entry
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CODE).withoutTenantId().latestVersion().singleResult();
    assertThat(definition.getName()).isEqualTo("城镇燃气经营许可");
    assertThat(definition.isStartableInTasklist()).isTrue();
    JsonNode form = new ObjectMapper().readTree(engine.getRepositoryService()
        .getResourceAsStream(definition.getDeploymentId(), startFormResource(definition)));
    assertThat(form.toString()).contains("城镇燃气经营许可", "燃气经营许可申请书", "（经营加气站的）（如有）");

    ProcessInstance pi = officers.register("window1", CODE, Applications.of("M01", "M02", "M03", "M04", "M05"));
    String caseNumber = pi.getBusinessKey();
    assertThat(caseNumber).matches("32050020260302C\\d{6}[0-9A-Z]");
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "accept", "surveyRequested", false));
    // survey OPTIONAL, not asked for: the survey stage ends at once
    assertThat(pi).hasPassed("CallActivity_SiteSurvey").isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_SiteSurvey")).isEnded().hasPassed("EndEvent_NoSurvey");
    CaseFile accepted = caseFiles.get(caseNumber);
    // promised 7 WD and statutory 20 WD from acceptance on Monday 03-02
    assertThat(accepted.promisedDue().toInstant()).isEqualTo(endOf(2026, 3, 11).toInstant());
    assertThat(accepted.statutoryDue().toInstant()).isEqualTo(endOf(2026, 3, 30).toInstant());

    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "气源、设施和人员符合要求"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "准予燃气经营许可"));
    CaseFile granted = caseFiles.get(caseNumber);
    assertThat(granted.licenceNumber()).startsWith("RQ");
    assertThat(granted.licenceValidUntil()).isEqualTo(java.time.LocalDate.of(2029, 3, 1));
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).hasCandidateGroup("regulatorHousing");
    officers.complete("housing1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));

    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.COMPLETED);
    assertThat(pi).isEnded().hasPassedInOrder("CallActivity_Intake", "Gateway_Accepted", "CallActivity_SiteSurvey",
        "CallActivity_Review", "CallActivity_Decision", "CallActivity_Delivery", "CallActivity_DispatchToRegulator",
        "EndEvent_CaseCompleted");

    // the case history shows the new item, the catalogue version it ran under and its steps
    Timeline timeline = caseHistory.timeline(caseNumber).orElseThrow();
    assertThat(timeline.caseFile().itemCode()).isEqualTo(CODE);
    assertThat(timeline.caseFile().itemName()).isEqualTo("城镇燃气经营许可");
    assertThat(timeline.caseFile().statusLabel()).isEqualTo(CaseStatus.COMPLETED.label());
    assertThat(timeline.catalogueVersion()).isEqualTo(1);
    List<Entry> entries = timeline.entries();
    assertThat(entries.get(0).type()).isEqualTo("收件");
    assertThat(entries).anySatisfy(e -> assertThat(e.title()).isEqualTo("决定：准予许可"));
    assertThat(entries).as("the regulator's sign-for, in the called dispatch stage")
        .anySatisfy(e -> assertThat(e.completedBy()).endsWith("（housing1）"));
  }

  @Test
  void theCatalogueAndTheServiceGuideShowTheAddedItem() {
    // the catalogue took the file's entry as the item's version 1 (what /api/v1/admin/catalogue/items/{code} shows;
    // that API authenticates against the engine named default, which this second bureau in the test JVM is not)
    ApprovalItem item = catalogue.get(CODE);
    assertThat(item.name()).isEqualTo("城镇燃气经营许可");
    assertThat(item.promisedLimit()).isEqualTo(7);
    CatalogueEntries.Row version = entries.latest(CODE).orElseThrow();
    assertThat(version.version()).isEqualTo(1);
    assertThat(version.source()).isEqualTo(CatalogueEntries.Source.FILE);
    assertThat(version.changedBy()).isEqualTo("system");

    // the service guide (anonymous) lists it with its guide
    ResponseEntity<JsonNode> guide = rest.getForEntity("/api/v1/items/" + CODE, JsonNode.class);
    assertThat(guide.getStatusCode()).as(String.valueOf(guide.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(guide.getBody().path("statutoryLimit").asInt()).isEqualTo(20);
    assertThat(guide.getBody().path("department").asText()).isEqualTo("住房和城乡建设局");
    assertThat(guide.getBody().path("materials")).hasSize(6);
    ResponseEntity<JsonNode> all = rest.getForEntity("/api/v1/items", JsonNode.class);
    assertThat(all.getBody().findValuesAsText("code")).contains(CODE, "FoodBusinessLicence");
  }

  private String startFormResource(ProcessDefinition definition) {
    return engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId()).stream()
        .filter(name -> name.endsWith("Form_Register" + CODE + ".form")).findFirst().orElseThrow();
  }
}
