package cn.gov.oneseal.web;

import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.web.WebSecurityGuards;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The known weaknesses of Camunda 7.24.0 CE, each tried with the attack itself against the running application.
 */
@OneSealSpringTest
class KnownAttacksTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper json;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ResponseEntity<String> postJson(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }

  @Test
  void expressionsInOrQueriesAndFilterExtensionsAreRefused() throws Exception {
    String orQuery = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";
    for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task")) {
      ResponseEntity<String> refused = postJson("window1", path, orQuery);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json.readTree(refused.getBody()).get("message").asText())
          .isEqualTo("查询条件中不得使用表达式（assigneeExpression）");
    }
    // the engine itself refuses them at the top level; an or-query without expressions still works
    assertThat(postJson("window1", "/engine-rest/task", "{\"assigneeExpression\":\"${currentUser()}\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("window1", "/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"window1\"},"
        + "{\"candidateGroup\":\"window\"}]}").getStatusCode()).isEqualTo(HttpStatus.OK);

    // a shared filter extended with an expression: the extension would run as a stored (trusted) query
    Filter mine = engine.getFilterService().createFilterQuery().filterName("我的待办").singleResult();
    String list = "/engine-rest/filter/" + mine.getId() + "/list";
    ResponseEntity<String> extended = postJson("window1", list, "{\"candidateGroupExpression\":\"${'window'}\"}");
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(extended.getBody()).contains("candidateGroupExpression");
    assertThat(postJson("window1", "/engine-rest/filter/" + mine.getId() + "/count",
        "{\"orQueries\":[{\"dueBeforeExpression\":\"${now()}\"}]}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(postJson("window1", list, "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    // the stored ${now()} of the shared filter 已超期 keeps working
    Filter overdue = engine.getFilterService().createFilterQuery().filterName("已超期").singleResult();
    assertThat(rest.withBasicAuth("window1", PASSWORD).getForEntity("/engine-rest/filter/" + overdue.getId()
        + "/count", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    // the same through Tasklist's own API, with its session and CSRF token
    WebappSession tasklist = WebappSession.login(rest, "tasklist", "window1", PASSWORD);
    ResponseEntity<String> webapp = tasklist.postJson("/camunda/api/engine/engine/default/filter/" + mine.getId()
        + "/list", orQuery);
    assertThat(webapp.getStatusCode()).as(webapp.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tasklist.postJson("/camunda/api/engine/engine/default/filter/" + mine.getId() + "/list",
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}").getStatusCode()).isEqualTo(HttpStatus.OK);

    // malformed query bodies get a readable 400 rather than reaching the engine
    ResponseEntity<String> malformed = postJson("window1", "/engine-rest/task", "{\"orQueries\":[");
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("不是有效的 JSON");
  }

  @Test
  void theAdminSetupEndpointCannotCreateAnAdministratorEvenWhenThereIsNone() {
    // CVE-2026-77226: while no administrator exists, the Admin webapp's set-up creates one for anyone
    engine.getIdentityService().deleteMembership("admin", Role.ADMIN_GROUP);
    try {
      ResponseEntity<String> first = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.set("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
      List<String> cookies = first.getHeaders().get(HttpHeaders.SET_COOKIE);
      if (cookies != null) {
        cookies.forEach(c -> headers.add(HttpHeaders.COOKIE, c.split(";", 2)[0]));
      }
      String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
          + "\"credentials\":{\"password\":\"Intruder-2026!\"}}";
      ResponseEntity<String> setup = rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
          new HttpEntity<>(intruder, headers), String.class);
      assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(setup.getBody()).contains(WebSecurityGuards.SETUP_REFUSED);
      assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    } finally {
      engine.getIdentityService().createMembership("admin", Role.ADMIN_GROUP);
    }
  }

  @Test
  void onlyAdministratorsDeployAndNoModelMayCarryAScript() throws Exception {
    String clean = model("Supervision_SecurityProbe", "<bpmn:userTask id=\"Task_Probe\" name=\"探测\"/>");
    for (String user : List.of("window1", "auditor1", "supervisor1", "portal")) {
      ResponseEntity<String> refused = deploy(user, "probe.bpmn", clean);
      assertThat(refused.getStatusCode()).as(user).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    }
    // an analyst's deployment is only ever a proposed change (modelchange/): this one does not even pass the checks
    ResponseEntity<String> proposed = deploy("analyst1", "probe.bpmn", clean);
    assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(proposed.getBody()).contains("模型变更未提交审批");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("Supervision_SecurityProbe").count()).isZero();
    ResponseEntity<String> redeploy = rest.withBasicAuth("window1", PASSWORD).postForEntity("/engine-rest/deployment/"
        + engine.getRepositoryService().createDeploymentQuery().list().get(0).getId() + "/redeploy",
        new HttpEntity<>("{}", jsonHeaders()), String.class);
    assertThat(redeploy.getStatusCode()).as("no right to read deployments, so none is found")
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    // the administrator may deploy, but never a script: a script task, a script listener, a script condition
    for (String script : List.of(
        "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>",
        "<bpmn:userTask id=\"Task_Listener\"><bpmn:extensionElements><camunda:taskListener event=\"create\">"
            + "<camunda:script scriptFormat=\"groovy\">'rm -rf /'.execute()</camunda:script></camunda:taskListener>"
            + "</bpmn:extensionElements></bpmn:userTask>")) {
      ResponseEntity<String> refused = deploy("admin", "script.bpmn", model("Supervision_ScriptProbe", script));
      assertThat(refused.getStatusCode()).as(script).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("本局的流程模型不得包含脚本");
    }
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Supervision_ScriptProbe")
        .count()).isZero();
    // ... and no general-purpose script engine is on the class path to run one (only the expression languages
    // FEEL for decision tables and JUEL, "JSP 2.1 EL")
    assertThat(new ScriptEngineManager().getEngineFactories()).extracting(f -> f.getLanguageName().toLowerCase())
        .isNotEmpty().allMatch(language -> language.contains("feel") || language.equals("jsp 2.1 el"));

    ResponseEntity<String> deployed = deploy("admin", "probe.bpmn", clean);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    engine.getRepositoryService().deleteDeployment(json.readTree(deployed.getBody()).get("id").asText(), true);
  }

  @Test
  void wrongPasswordsDelayAndThenLockTheAccount() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int configured = configuration.getLoginMaxAttempts();
    configuration.setLoginMaxAttempts(3);
    try {
      assertThat(status("hrss1", "wrong-Password-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
      // right after a wrong password even the right one is refused for a while (3 s)
      assertThat(status("hrss1", PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
      ClockUtil.setCurrentTime(new java.util.Date(System.currentTimeMillis() + 70_000));
      assertThat(status("hrss1", PASSWORD)).isEqualTo(HttpStatus.OK);
      for (int attempt = 1; attempt <= 3; attempt++) {
        ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 70_000));
        assertThat(status("hrss1", "wrong-Password-" + attempt)).isEqualTo(HttpStatus.UNAUTHORIZED);
      }
      // locked: the right password no longer opens the account, however long one waits
      ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 24 * 3600_000L));
      assertThat(status("hrss1", PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
      engine.getIdentityService().unlockUser("hrss1");
      assertThat(status("hrss1", PASSWORD)).isEqualTo(HttpStatus.OK);
    } finally {
      configuration.setLoginMaxAttempts(configured);
      engine.getIdentityService().unlockUser("hrss1");
    }
  }

  @Test
  void weakPasswordsAreRefused() {
    String user = "{\"profile\":{\"id\":\"weak1\",\"firstName\":\"弱\",\"lastName\":\"密码\"},"
        + "\"credentials\":{\"password\":\"password\"}}";
    ResponseEntity<String> refused = postJson("admin", "/engine-rest/user/create", user);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("密码不符合密码策略：至少 10 个字符").contains("至少 1 个大写字母")
        .contains("至少 1 个数字").contains("至少 1 个特殊字符");
    assertThat(engine.getIdentityService().createUserQuery().userId("weak1").count()).isZero();
    // a password with the user's own name
    ResponseEntity<String> ownName = postJson("admin", "/engine-rest/user/create", user.replace("\"password\"}",
        "\"Weak1-name-2026!\"}"));
    assertThat(ownName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ownName.getBody()).contains("不得包含用户名、姓名或邮箱");
    // a changed password, through Admin's own API as well
    HttpHeaders headers = jsonHeaders();
    ResponseEntity<String> changed = rest.withBasicAuth("admin", PASSWORD).exchange("/engine-rest/user/window2/credentials",
        HttpMethod.PUT, new HttpEntity<>("{\"password\":\"abc\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}",
            headers), String.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(changed.getBody()).contains("密码不符合密码策略");
    WebappSession admin = WebappSession.login(rest, "admin", "admin", PASSWORD);
    ResponseEntity<String> viaAdmin = admin.postJson("/camunda/api/engine/engine/default/user/create", user);
    assertThat(viaAdmin.getStatusCode()).as(viaAdmin.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(viaAdmin.getBody()).contains("密码不符合密码策略");
  }

  private HttpStatus status(String user, String password) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity("/engine-rest/task/count", String.class)
        .getStatusCode().value());
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  private ResponseEntity<String> deploy(String user, String name, String bpmn) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "security-probe");
    form.add("data", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "portal".equals(user) ? "OneSeal-Hall-2026" : PASSWORD)
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  private static String model(String key, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="http://oneseal.gov.cn/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Probe"/>
            %s
          </bpmn:process>
        </bpmn:definitions>""".formatted(key, body);
  }
}
