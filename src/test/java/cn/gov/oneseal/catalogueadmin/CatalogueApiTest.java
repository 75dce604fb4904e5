package cn.gov.oneseal.catalogueadmin;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
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
 * An analyst changes the catalogue through /api/v1/admin/catalogue without a restart: only analysts and
 * administrators may (each other role refused with the request itself); a change the rules refuse is answered field
 * by field in Chinese and changes nothing; a change is a new version with who, when and what; new cases get the new
 * limits while a case registered before keeps its own, and the case history shows each case's version; a changed
 * material list gives new cases a new start form, deployed with the item's process, and leaves running cases alone.
 * (In the shared context, over its engine REST: each test puts the items it changed back as they were, as a version
 * of their own.)
 */
class CatalogueApiTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";
  static final String FOOD = "/api/v1/admin/catalogue/items/FoodBusinessLicence";
  static final String HR = "/api/v1/admin/catalogue/items/HumanResourceServiceLicence";

  @Autowired TestRestTemplate rest;
  @Autowired CaseHistory history;
  @Autowired ItemCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;
  @Autowired ItemStartForms startForms;
  final ObjectMapper json = new ObjectMapper();
  final Map<String, JsonNode> before = new java.util.HashMap<>();
  int food;
  int hr;

  @BeforeEach
  void rememberTheItems() throws Exception {
    for (String path : List.of(FOOD, HR)) {
      before.put(path, body(call("admin", HttpMethod.GET, path, null)).path("editable"));
    }
    food = catalogue.version("FoodBusinessLicence");
    hr = catalogue.version("HumanResourceServiceLicence");
  }

  @AfterEach
  void putTheItemsBack() {
    ClockUtil.reset();
    before.forEach((path, editable) -> assertThat(call("admin", HttpMethod.PUT, path, editable.toString())
        .getStatusCode().value()).isEqualTo(200));
  }

  ResponseEntity<String> call(String user, String password, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate caller = user == null ? rest : rest.withBasicAuth(user, password);
    return caller.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    return call(user, PASSWORD, method, path, body);
  }

  JsonNode body(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody());
  }

  long versions(String code) {
    return jdbc.queryForObject("select count(*) from catalogue_entry where item_code = ?", Long.class, code);
  }

  @Test
  void onlyAnalystsAndAdministratorsChangeTheCatalogueAndAuditorsOnlyReadIt() throws Exception {
    String change = "{\"promisedLimit\": 5}";
    for (String user : List.of("window1", "reviewer1", "decider1", "head1", "surveylead1", "samr1", "supervisor1",
        "auditor1", "monitor1")) {
      ResponseEntity<String> patch = call(user, HttpMethod.PATCH, FOOD, change);
      assertThat(patch.getStatusCode().value()).as("PATCH as %s", user).isEqualTo(403);
      assertThat(body(patch).path("message").asText()).isEqualTo("无权维护事项目录（仅限流程分析员和系统管理员）");
      assertThat(call(user, HttpMethod.PUT, FOOD, change).getStatusCode().value()).as("PUT as %s", user)
          .isEqualTo(403);
      if (!user.equals("auditor1")) {
        ResponseEntity<String> read = call(user, HttpMethod.GET, FOOD, null);
        assertThat(read.getStatusCode().value()).as("GET as %s", user).isEqualTo(403);
        assertThat(body(read).path("message").asText()).isEqualTo("无权查看事项目录的版本（仅限流程分析员、审计和系统管理员）");
        assertThat(call(user, HttpMethod.GET, FOOD + "/versions", null).getStatusCode().value()).isEqualTo(403);
        assertThat(call(user, HttpMethod.GET, FOOD + "/versions/1", null).getStatusCode().value()).isEqualTo(403);
        assertThat(call(user, HttpMethod.GET, "/api/v1/admin/catalogue/items", null).getStatusCode().value())
            .isEqualTo(403);
      }
    }
    // the auditor reads the versions and their history (who changed what and when), and changes nothing
    assertThat(body(call("auditor1", HttpMethod.GET, FOOD, null)).path("version").asInt()).isEqualTo(food);
    assertThat(body(call("auditor1", HttpMethod.GET, FOOD + "/versions", null))).hasSize(food);
    assertThat(call("auditor1", HttpMethod.GET, FOOD + "/versions/1", null).getStatusCode().value()).isEqualTo(200);
    // the technical clients and anonymous callers
    assertThat(call("portal", "OneSeal-Hall-2026", HttpMethod.PATCH, FOOD, change).getStatusCode().value())
        .isEqualTo(403);
    assertThat(call("samrSystem", "OneSeal-Samr-2026", HttpMethod.GET, FOOD, null).getStatusCode().value())
        .isEqualTo(403);
    assertThat(call(null, HttpMethod.PATCH, FOOD, change).getStatusCode().value()).isEqualTo(401);
    assertThat(catalogue.version("FoodBusinessLicence")).as("nothing changed").isEqualTo(food);
    assertThat(versions("FoodBusinessLicence")).isEqualTo(food);
    assertThat(catalogue.get("FoodBusinessLicence").promisedLimit()).isEqualTo(6);

    for (String user : List.of("analyst1", "admin")) {
      ResponseEntity<String> read = call(user, HttpMethod.GET, FOOD, null);
      assertThat(read.getStatusCode().value()).as("GET as %s", user).isEqualTo(200);
      assertThat(body(read).path("editable").path("promisedLimit").asInt()).isEqualTo(6);
      assertThat(body(read).path("version").asInt()).isEqualTo(food);
    }
    ResponseEntity<String> all = call("analyst1", HttpMethod.GET, "/api/v1/admin/catalogue/items", null);
    assertThat(body(all)).hasSize(catalogue.all().size());
    assertThat(call("analyst1", HttpMethod.GET, "/api/v1/admin/catalogue/items/NoSuchItem", null)
        .getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void anInvalidChangeIsAnsweredFieldByFieldInChineseAndChangesNothing() throws Exception {
    ResponseEntity<String> refused = call("analyst1", HttpMethod.PATCH, FOOD, """
        {"promisedLimit": 12, "stageLimits": {"review": "两天", "inspection": 2}, "name": "改名",
         "deficiency": {"materials": ["M01", "M09"]}, "colour": "red"}""");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode errors = body(refused).path("errors");
    assertThat(errors.findValuesAsText("field")).contains("stageLimits.review", "name", "colour");
    assertThat(refused.getBody()).contains("环节时限须为工作日数（整数）", "name 不能通过目录维护接口修改", "没有 colour 这一项");
    // the catalogue's own rules, once the request is well formed: every broken one at once
    ResponseEntity<String> rules = call("analyst1", HttpMethod.PATCH, FOOD, """
        {"promisedLimit": 12, "stageLimits": {"inspection": 2, "delivery": 11},
         "deficiency": {"materials": ["M01", "M09"]},
         "materials": [{"code": "M01", "name": "食品经营许可申请书", "kind": "main"}, {"code": "M01", "name": "重复", "kind": "primary"},
                       {"code": "M03", "name": "主要设备设施、经营布局、操作流程等文件", "kind": "secondary"}]}""");
    assertThat(rules.getStatusCode().value()).isEqualTo(400);
    JsonNode ruleErrors = body(rules).path("errors");
    assertThat(ruleErrors.findValuesAsText("field")).contains("promisedLimit", "stageLimits.inspection",
        "stageLimits.delivery", "deficiency.materials", "materials[1].code", "materials[1].kind");
    assertThat(rules.getBody()).contains("承诺时限 12 个工作日超过法定时限 10 个工作日", "制证送达不得超过 10 个工作日（第四十四条）",
        "容缺材料 M09 不在本事项的材料清单中", "M01（食品经营许可申请书）是主要材料，主要材料不得容缺", "材料编码 M01 重复",
        "须为 main（主要材料）或 secondary（次要材料）");
    // a PUT must give all four parts; a body that is no object, or no JSON
    ResponseEntity<String> partial = call("analyst1", HttpMethod.PUT, FOOD, "{\"promisedLimit\": 5}");
    assertThat(partial.getStatusCode().value()).isEqualTo(400);
    assertThat(body(partial).path("errors").findValuesAsText("field")).containsExactly("stageLimits", "materials",
        "deficiency");
    assertThat(call("analyst1", HttpMethod.PATCH, FOOD, "[1, 2]").getStatusCode().value()).isEqualTo(400);
    ResponseEntity<String> broken = call("analyst1", HttpMethod.PATCH, FOOD, "{\"promisedLimit\": ");
    assertThat(broken.getStatusCode().value()).isEqualTo(400);
    assertThat(body(broken).path("message").asText()).contains("请求内容无法解析");
    assertThat(broken.getBody()).doesNotContain("Jackson", "com.fasterxml", "JsonNode", "Exception", "line:");
    // wrong types at every level, each answered at its field, none a 500
    ResponseEntity<String> types = call("analyst1", HttpMethod.PATCH, FOOD, """
        {"promisedLimit": "八", "stageLimits": [1], "materials": {"code": "M01"}, "deficiency": true,
         "reason": 5, "baseVersion": "v2"}""");
    assertThat(types.getStatusCode().value()).isEqualTo(400);
    assertThat(body(types).path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("promisedLimit",
        "stageLimits", "materials", "deficiency", "reason", "baseVersion");
    assertThat(types.getBody()).doesNotContain("Exception", "java.", "com.fasterxml");
    ResponseEntity<String> nested = call("analyst1", HttpMethod.PATCH, FOOD, """
        {"materials": [{"code": 1, "name": "申请书", "kind": "main", "required": "yes", "colour": "red"}, "M02"],
         "deficiency": {"allowed": "yes", "materials": "M03"}}""");
    assertThat(nested.getStatusCode().value()).isEqualTo(400);
    assertThat(body(nested).path("errors").findValuesAsText("field")).contains("materials[0].code",
        "materials[0].required", "materials[0].colour", "materials[1]", "deficiency.allowed", "deficiency.materials");
    // a body that is not JSON at all
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<String> plain = rest.withBasicAuth("analyst1", PASSWORD).exchange(FOOD, HttpMethod.PATCH,
        new HttpEntity<>("promisedLimit=5", text), String.class);
    assertThat(plain.getStatusCode().value()).isEqualTo(415);
    assertThat(body(plain).path("message").asText()).startsWith("不支持的内容类型");
    assertThat(call("analyst1", HttpMethod.GET, FOOD + "/versions/二", null).getStatusCode().value()).isEqualTo(400);

    assertThat(versions("FoodBusinessLicence")).as("nothing written").isEqualTo(food);
    assertThat(catalogue.get("FoodBusinessLicence").promisedLimit()).isEqualTo(6);
    assertThat(catalogue.version("FoodBusinessLicence")).isEqualTo(food);
  }

  @Test
  void newCasesGetTheNewLimitsWhileACaseRegisteredBeforeKeepsItsOwnAndItsHistorySaysWhich() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String before = officers.register("window1", Applications.food()).getBusinessKey();
    // the portal keeps the service guide's list by its entity tag: unchanged catalogue, 304 without a body
    String etag = rest.getForEntity("/api/v1/items", String.class).getHeaders().getETag();
    assertThat(etag).isNotBlank();
    assertThat(guideList(etag).getStatusCode().value()).isEqualTo(304);

    ResponseEntity<String> changed = call("analyst1", HttpMethod.PATCH, FOOD,
        "{\"promisedLimit\": 8, \"stageLimits\": {\"review\": 4}, \"reason\": \"审查环节需查验更多现场资料\", \"baseVersion\": "
        + food + "}");
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    assertThat(body(changed).path("changed").asBoolean()).isTrue();
    JsonNode version = body(changed).path("version");
    assertThat(version.path("version").asInt()).isEqualTo(food + 1);
    assertThat(version.path("changedBy").asText()).isEqualTo("analyst1");
    assertThat(version.path("source").asText()).isEqualTo("API");
    assertThat(version.path("changes").asText()).isEqualTo("承诺时限 6 → 8 个工作日；审查环节时限 2 → 4 个工作日；说明：审查环节需查验更多现场资料");
    assertThat(version.path("editable").path("stageLimits").path("survey").asInt()).as("merged key by key").isEqualTo(3);
    // applied on this node at once: the service guide publishes it
    assertThat(rest.getForObject("/api/v1/items/FoodBusinessLicence", Map.class)).containsEntry("promisedLimit", 8);
    // ... and its list under a new entity tag: the portal's copy is out of date
    ResponseEntity<String> list = guideList(etag);
    assertThat(list.getStatusCode().value()).isEqualTo(200);
    assertThat(list.getHeaders().getETag()).isNotEqualTo(etag);
    assertThat(new ObjectMapper().readTree(list.getBody()).findParents("code").stream()
        .filter(item -> item.path("code").asText().equals("FoodBusinessLicence")).findFirst().orElseThrow()
        .path("promisedLimit").asInt()).isEqualTo(8);
    // the same change again is no new version; one against the old version is a conflict
    ResponseEntity<String> again = call("analyst1", HttpMethod.PATCH, FOOD, "{\"promisedLimit\": 8}");
    assertThat(body(again).path("changed").asBoolean()).isFalse();
    ResponseEntity<String> stale = call("admin", HttpMethod.PATCH, FOOD, "{\"promisedLimit\": 7, \"baseVersion\": "
        + food + "}");
    assertThat(stale.getStatusCode().value()).isEqualTo(409);
    assertThat(body(stale).path("message").asText()).contains("已有第 " + (food + 1) + " 版（analyst1");
    assertThat(versions("FoodBusinessLicence")).isEqualTo(food + 1);

    String after = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", before, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.complete("window1", after, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThat(caseFiles.get(before).catalogueVersion()).isEqualTo(food);
    assertThat(caseFiles.get(after).catalogueVersion()).isEqualTo(food + 1);
    // the promised deadline: 6 WD for the case registered before (accepted after the change), 8 WD for the new one
    assertThat(caseFiles.get(before).promisedDue().toInstant()).isEqualTo(endOf(2026, 3, 10).toInstant());
    assertThat(caseFiles.get(after).promisedDue().toInstant()).isEqualTo(endOf(2026, 3, 12).toInstant());
    officers.passSurvey(before);
    officers.passSurvey(after);
    // the review stage: 2 WD and 4 WD
    assertThat(officers.task(before, "Task_ReviewApplication").getDueDate()).isEqualTo(endOf(2026, 3, 4));
    assertThat(officers.task(after, "Task_ReviewApplication").getDueDate()).isEqualTo(endOf(2026, 3, 6));

    // the case history shows the version each case runs under
    CaseHistory.Timeline old = history.timeline(before).orElseThrow();
    CaseHistory.Timeline current = history.timeline(after).orElseThrow();
    assertThat(old.catalogueVersion()).isEqualTo(food);
    assertThat(current.catalogueVersion()).isEqualTo(food + 1);
    assertThat(old.entries().get(0).detail()).contains("按事项目录第 " + food + " 版办理（承诺时限 6 个工作日");
    assertThat(current.entries().get(0).detail()).contains("按事项目录第 " + (food + 1) + " 版办理（承诺时限 8 个工作日；analyst1 于 2026-03-02 09:00 修改："
        + "承诺时限 6 → 8 个工作日；审查环节时限 2 → 4 个工作日");
    ResponseEntity<String> plugin = WebappSession.login(rest, "cockpit", "auditor1", PASSWORD)
        .get("/camunda/api/cockpit/plugin/oneseal-case-history/default/cases/" + after);
    assertThat(plugin.getStatusCode().value()).isEqualTo(200);
    assertThat(body(plugin).path("catalogueVersion").asInt()).isEqualTo(food + 1);

    // the history: newest first, who changed what and when
    JsonNode versions = body(call("analyst1", HttpMethod.GET, FOOD + "/versions", null));
    assertThat(versions).hasSize(food + 1);
    assertThat(versions.get(0).path("version").asInt()).isEqualTo(food + 1);
    assertThat(versions.get(0).path("changedBy").asText()).isEqualTo("analyst1");
    JsonNode first = versions.get(versions.size() - 1);
    assertThat(first.path("version").asInt()).isEqualTo(1);
    assertThat(first.path("changedBy").asText()).isEqualTo("system");
    assertThat(first.path("source").asText()).isEqualTo("FILE");
    assertThat(first.path("changes").asText()).startsWith("首次载入：");
    assertThat(body(call("analyst1", HttpMethod.GET, FOOD + "/versions/" + food, null)).path("editable")
        .path("promisedLimit").asInt()).isEqualTo(6);
    assertThat(call("analyst1", HttpMethod.GET, FOOD + "/versions/999", null).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aChangedMaterialListGivesNewCasesANewStartFormAndLeavesRunningCasesAlone() throws Exception {
    String code = "HumanResourceServiceLicence";
    ProcessDefinition before = latest(code);
    String running = officers.register("window1", code, Applications.of("M01", "M02", "M03", "M04")).getBusinessKey();

    JsonNode current = body(call("analyst1", HttpMethod.GET, HR, null)).path("editable");
    String materials = current.path("materials").toString().replace("]",
        ", {\"code\": \"M05\", \"name\": \"从业人员名册\", \"kind\": \"secondary\", \"required\": false}]");
    ResponseEntity<String> changed = call("analyst1", HttpMethod.PUT, HR, "{\"promisedLimit\": 10, \"stageLimits\": "
        + current.path("stageLimits") + ", \"materials\": " + materials + ", \"deficiency\": {\"allowed\": true, "
        + "\"materials\": [\"M02\", \"M05\"]}}");
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    assertThat(body(changed).path("version").path("changes").asText())
        .contains("新增材料 M05 从业人员名册（次要材料，如有）", "容缺材料 M02 → M02、M05");

    // the item's process is deployed again with the new start form, by the system
    ProcessDefinition after = latest(code);
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(after.getDeploymentId())
        .singleResult().getName()).isEqualTo("oneseal-catalogue-" + code);
    assertThat(startForm(after.getId())).contains("\"value\":\"M05\"", "从业人员名册（如有）");
    assertThat(startForm(before.getId())).doesNotContain("M05");
    // Tasklist's start dialog loads the latest one (as the window officer)
    ResponseEntity<String> dialog = rest.withBasicAuth("window1", PASSWORD).getForEntity(
        "/engine-rest/process-definition/key/" + code + "/deployed-start-form", String.class);
    assertThat(dialog.getBody()).contains("从业人员名册（如有）");
    // a start on an unchanged catalogue deploys nothing more
    startForms.onStart();
    assertThat(latest(code).getVersion()).isEqualTo(after.getVersion());
    // a new build deploys the item as the file has it (its form without M05) over this database: the next start
    // deploys the item again with the form of its current catalogue version
    var build = engine.getRepositoryService().createDeployment().name("build-after-the-change");
    engine.getRepositoryService().getDeploymentResourceNames(before.getDeploymentId()).stream()
        .filter(name -> name.endsWith("/" + code + ".bpmn") || name.equals(code + ".bpmn") || name.endsWith(".form"))
        .forEach(name -> build.addDeploymentResourceByName(before.getDeploymentId(), name));
    build.deploy();
    assertThat(startForm(latest(code).getId())).doesNotContain("M05");
    assertThat(startForms.carriesItsForm(catalogue.get(code))).isFalse();
    startForms.onStart();
    ProcessDefinition restarted = latest(code);
    assertThat(restarted.getVersion()).isEqualTo(after.getVersion() + 2);
    assertThat(startForm(restarted.getId())).contains("从业人员名册（如有）");
    after = restarted;

    // a new case on the new version may hand in M05; the running case stays on its version and its list
    String fresh = officers.register("window1", code, Applications.of("M01", "M02", "M03", "M04", "M05"))
        .getBusinessKey();
    assertThat(caseFiles.materialNames(fresh)).contains("从业人员名册");
    assertThat(caseFiles.get(fresh).catalogueVersion()).isEqualTo(hr + 1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(fresh)
        .processDefinitionKey(code).singleResult().getProcessDefinitionId()).isEqualTo(after.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(running)
        .processDefinitionKey(code).singleResult().getProcessDefinitionId()).isEqualTo(before.getId());
    assertThat(caseFiles.get(running).catalogueVersion()).isEqualTo(hr);
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> officers.complete("window1", running,
        "Task_AcceptApplication", Map.of("intakeDecision", "correct", "correctionMaterials",
            Spin.JSON("[\"M05\"]"), "correctionDetails", "补交从业人员名册", "correctionWorkingDays", 5L)));
    assertThat(refused).hasMessageContaining("材料编码 M05 不在本事项的材料清单中");
  }

  private ProcessDefinition latest(String code) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(code).withoutTenantId()
        .latestVersion().singleResult();
  }

  private String startForm(String definitionId) throws Exception {
    try (var in = engine.getFormService().getDeployedStartForm(definitionId)) {
      return json.readTree(in).toString();
    }
  }

  private ResponseEntity<String> guideList(String etag) {
    HttpHeaders headers = new HttpHeaders();
    headers.setIfNoneMatch(etag);
    return rest.exchange("/api/v1/items", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
