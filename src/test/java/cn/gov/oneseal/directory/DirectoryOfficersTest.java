package cn.gov.oneseal.directory;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.access.DemoData;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.handover.DepartureSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.DirectorySpringTest;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.support.TestDirectory;
import cn.gov.oneseal.support.WebappSession;
import cn.gov.oneseal.window.WindowSubmissions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The ldap profile against a real LDAP server loaded with the example directory (support/TestDirectory): officers log
 * in with their directory passwords, their groups and bureaus are the directory's under OneSeal's names, the engine's
 * rules (bureaus, groups, 一审一核) hold for them as for built-in users, and the directory's changes — an officer moved,
 * an officer gone — take effect at once.
 */
@DirectorySpringTest
class DirectoryOfficersTest {

  static final String PASSWORD = TestDirectory.PASSWORD;
  static final String CITY = "市行政审批服务局";

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired DepartureSweep departures;
  @Autowired CaseHistory history;
  @Autowired ObjectMapper json;
  Officers officers;

  @BeforeEach
  void setUp() {
    officers = new Officers(engine, submissions);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @AfterEach
  void tearDown() {
    TestDirectory.restore();
    ClockUtil.reset();
  }

  @Test
  void officersGroupsAndBureausAreTheDirectorysUnderOneSealsNames() {
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.isReadOnly()).isTrue();
    User window1 = identity.createUserQuery().userId("window1").singleResult();
    assertThat(window1.getFirstName()).isEqualTo("张敏");
    assertThat(window1.getEmail()).isEqualTo("window1@bureau.example");
    assertThat(groups("reviewer1")).containsExactly("reviewer");
    assertThat(groups("admin")).containsExactly("camunda-admin");
    assertThat(groups("samrSystem")).containsExactlyInAnyOrder("apiRegulatorSystem", "regulatorSamr");
    // the city's officers by their group, the counties' by their OU, the departments' by the groups of all three
    assertThat(bureaus("window1")).containsExactly("city");
    assertThat(bureaus("areviewer1")).containsExactly("countyA");
    assertThat(bureaus("bhead1")).containsExactly("countyB");
    assertThat(bureaus("expert1")).containsExactly("city", "countyA", "countyB");
    assertThat(bureaus("monitor1")).isEmpty();
    assertThat(bureaus("portal")).as("a technical client serves every bureau").containsExactly("city", "countyA",
        "countyB");
    // the bureau heads of one bureau, as the extensions and revocations ask for them
    assertThat(identity.createUserQuery().memberOfGroup("bureauHead").memberOfTenant("countyA").list())
        .extracting(User::getId).containsExactly("ahead1");
    assertThat(identity.createTenantQuery().list()).extracting(Tenant::getName)
        .containsExactly("某市行政审批服务局", "某市甲县行政审批局", "某市乙县行政审批局");
    // a group the directory does not have has no members (the plugin alone would list every group's)
    assertThat(identity.createUserQuery().memberOfGroup("noSuchGroup").count()).isZero();
    assertThat(identity.createGroupQuery().groupId("审批局-审查员").count()).as("the directory's own name").isZero();
    assertThat(identity.createGroupQuery().groupId("reviewer").singleResult().getName()).isEqualTo("审批局-审查员");
  }

  @Test
  void theExampleDirectoryMirrorsTheDemosOfficers() {
    for (DemoData.DemoUser demo : DemoData.USERS) {
      User user = engine.getIdentityService().createUserQuery().userId(demo.id()).singleResult();
      assertThat(user).as(demo.id()).isNotNull();
      assertThat(user.getFirstName()).as(demo.id()).isEqualTo(demo.name());
      assertThat(groups(demo.id())).as(demo.id() + "'s groups").containsExactlyInAnyOrderElementsOf(demo.groups());
      assertThat(bureaus(demo.id())).as(demo.id() + "'s bureaus").containsExactlyInAnyOrderElementsOf(demo.bureaus());
    }
  }

  @Test
  void aDirectoryOfficerLogsIntoTasklistAndSeesOnlyTheirBureausAndGroupsTasks() throws Exception {
    assertThat(WebappSession.attemptLogin(rest, "tasklist", "window1", "wrong-password").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // LDAP filter injection in the user name: no entry matches, nobody is logged in
    for (String injected : List.of("*", "window*", "window1)(uid=*", "*)(|(objectClass=*")) {
      assertThat(WebappSession.attemptLogin(rest, "tasklist", injected, PASSWORD).getStatusCode()).as(injected)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(rest.withBasicAuth(injected, PASSWORD).getForEntity("/engine-rest/task", String.class)
          .getStatusCode()).as(injected).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    String city = acceptTask(officers.register("window1", Applications.food()).getBusinessKey());
    String countyA = acceptTask(officers.register("awindow1", Applications.food()).getBusinessKey());

    assertThat(tasklistTasks("window1")).contains(city).doesNotContain(countyA);
    assertThat(tasklistTasks("awindow1")).contains(countyA).doesNotContain(city);
    assertThat(tasklistTasks("reviewer1")).as("not the window's step").doesNotContain(city, countyA);
    // the engine's REST API, HTTP Basic against the directory
    assertThat(rest.withBasicAuth("window1", PASSWORD).getForEntity("/engine-rest/task?maxResults=500", String.class)
        .getBody()).contains(city).doesNotContain(countyA);
    assertThat(rest.withBasicAuth("window1", "wrong-password").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void whoReviewedACaseMayNotDecideItThoughTheDirectoryMakesThemADecider() {
    TestDirectory.membership(TestDirectory.userDn("reviewer1", CITY), "审批局-审批决定人", true);
    String caseNumber = officers.reviewedFood();
    Task decide = officers.task(caseNumber, "Task_DecideApplication");

    WebappSession tasklist = WebappSession.login(rest, "tasklist", "reviewer1", PASSWORD);
    ResponseEntity<String> claim = tasklist.postJson("/camunda/api/engine/engine/default/task/" + decide.getId()
        + "/claim", "{\"userId\":\"reviewer1\"}");
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(claim.getBody()).contains("一审一核");
    assertThat(engine.getTaskService().createTaskQuery().taskId(decide.getId()).singleResult().getAssignee()).isNull();
    // another decider of the directory may
    WebappSession decider = WebappSession.login(rest, "tasklist", "decider1", PASSWORD);
    assertThat(decider.postJson("/camunda/api/engine/engine/default/task/" + decide.getId() + "/claim",
        "{\"userId\":\"decider1\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void anOfficerMovedToAnotherBureauSeesItsTasksAndNoLongerTheOldOnes() {
    String city = acceptTask(officers.register("window1", Applications.food()).getBusinessKey());
    String countyA = acceptTask(officers.register("awindow1", Applications.food()).getBusinessKey());
    WebappSession before = WebappSession.login(rest, "tasklist", "window2", PASSWORD);
    assertThat(before.get(taskQuery()).getBody()).contains(city).doesNotContain(countyA);

    String window2 = TestDirectory.userDn("window2", CITY);
    TestDirectory.membership(window2, "审批局-市本级", false);
    TestDirectory.membership(window2, "审批局-甲县", true);

    assertThat(before.get(taskQuery()).getBody()).as("the open session follows the directory at once")
        .contains(countyA).doesNotContain(city);
    assertThat(tasklistTasks("window2")).contains(countyA).doesNotContain(city);
  }

  @Test
  void anOfficerWhoLeavesLosesAccessAtOnceAndTheirTasksGoBackToTheGroupListedForTheHead() throws Exception {
    String caseNumber = officers.surveyedFood();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    WebappSession session = WebappSession.login(rest, "tasklist", "reviewer2", PASSWORD);
    assertThat(session.postJson("/camunda/api/engine/engine/default/task/" + review.getId() + "/claim",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String other = officers.register("window1", Applications.food()).getBusinessKey();
    Task accept = officers.task(other, "Task_AcceptApplication");

    TestDirectory.delete(TestDirectory.userDn("reviewer2", CITY));

    assertThat(session.get(taskQuery()).getStatusCode()).as("the open session ends")
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(session.postJson("/camunda/api/engine/engine/default/task/" + accept.getId() + "/claim",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(WebappSession.attemptLogin(rest, "tasklist", "reviewer2", PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("reviewer2", PASSWORD).postForEntity("/engine-rest/task/" + review.getId()
        + "/complete", jsonEntity("{}"), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(departures.sweep()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
        .as("back to the reviewers").isNull();
    assertThat(departures.sweep()).as("once").isZero();
    assertThat(history.timeline(caseNumber).orElseThrow().entries()).as("the case's 办件历史")
        .anyMatch(e -> e.type().equals("离岗退回") && e.detail().startsWith("reviewer2 → 岗位组"));
    JsonNode listed = json.readTree(rest.withBasicAuth("head1", PASSWORD).getForEntity("/api/v1/departures",
        String.class).getBody());
    assertThat(listed.findValuesAsText("taskId")).contains(review.getId());
    assertThat(listed.get(0).path("from").asText()).isEqualTo("reviewer2");
    assertThat(listed.get(0).path("kind").asText()).isEqualTo("DEPARTED");
    assertThat(rest.withBasicAuth("ahead1", PASSWORD).getForEntity("/api/v1/departures", String.class).getBody())
        .as("another bureau's head").doesNotContain(review.getId());
    assertThat(rest.withBasicAuth("reviewer1", PASSWORD).getForEntity("/api/v1/departures", String.class)
        .getStatusCode()).as("a colleague").isEqualTo(HttpStatus.FORBIDDEN);
    // the reviewer who is still there takes it
    assertThat(rest.withBasicAuth("reviewer1", PASSWORD).postForEntity("/engine-rest/task/" + review.getId()
        + "/claim", jsonEntity("{\"userId\":\"reviewer1\"}"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void whenMostOfficersHoldingTasksVanishAtOnceTheSweepTakesItForADirectoryFaultAndMovesNothing() {
    Map<String, String> holders = Map.of("window1", CITY, "window2", CITY, "reviewer1", CITY, "reviewer2", CITY,
        "decider1", CITY, "awindow1", "甲县行政审批局");
    List<String> tasks = new ArrayList<>();
    holders.keySet().forEach(officer -> {
      Task task = officers.task(officers.register("window1", Applications.food()).getBusinessKey(),
          "Task_AcceptApplication");
      engine.getTaskService().setAssignee(task.getId(), officer);
      tasks.add(task.getId());
    });
    holders.forEach((officer, unit) -> TestDirectory.delete(TestDirectory.userDn(officer, unit)));

    assertThat(departures.sweep()).isZero();
    assertThat(tasks).allSatisfy(id -> assertThat(engine.getTaskService().createTaskQuery().taskId(id).singleResult()
        .getAssignee()).as("still with its officer").isNotNull());
    // freed again: the officers come back with the restored directory, and no later test should find these held
    tasks.forEach(id -> engine.getTaskService().setAssignee(id, null));
  }

  @Test
  void theAdministratorAndTheTechnicalClientsComeFromTheDirectory() {
    WebappSession admin = WebappSession.login(rest, "admin", "admin", PASSWORD);
    String groups = admin.get("/camunda/api/engine/engine/default/group?maxResults=100").getBody();
    assertThat(groups).contains("\"id\":\"reviewer\"", "\"id\":\"regulatorSamr\"").doesNotContain("审批局-市本级");
    assertThat(admin.get("/camunda/api/engine/engine/default/user?memberOfTenant=countyA&maxResults=100").getBody())
        .contains("\"id\":\"ahead1\"").doesNotContain("\"id\":\"head1\"");
    // Admin cannot write to the directory: it says so instead of failing
    ResponseEntity<String> create = admin.postJson("/camunda/api/engine/engine/default/user/create",
        "{\"profile\":{\"id\":\"newofficer\",\"firstName\":\"新\",\"lastName\":\"人\"},"
            + "\"credentials\":{\"password\":\"Aa1!aaaaaaaa\"}}");
    assertThat(create.getStatusCode()).as(create.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(create.getBody()).contains("由本单位的目录（LDAP）统一管理");
    for (ResponseEntity<String> write : List.of(
        admin.putJson("/camunda/api/engine/engine/default/user/window1/credentials",
            "{\"password\":\"Aa1!bbbbbbbb\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}"),
        admin.putJson("/camunda/api/engine/engine/default/group/reviewer/members/window2", "{}"),
        admin.postJson("/camunda/api/engine/engine/default/group/create", "{\"id\":\"newGroup\",\"name\":\"新组\"}"),
        admin.putJson("/camunda/api/engine/engine/default/tenant/countyA/user-members/window2", "{}"))) {
      assertThat(write.getStatusCode()).as(write.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(write.getBody()).contains("由本单位的目录（LDAP）统一管理");
    }
    assertThat(groups("window2")).containsExactly("window");
    assertThat(bureaus("window2")).containsExactly("city");
    ResponseEntity<String> descending = admin.get("/camunda/api/engine/engine/default/user?sortBy=userId"
        + "&sortOrder=desc");
    assertThat(descending.getStatusCode()).as(descending.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(descending.getBody()).contains("不支持按降序排列");

    assertThat(WebappSession.login(rest, "tasklist", "window1", PASSWORD).get("/camunda/api/engine/engine/default/user"
        + "?maxResults=100").getBody()).as("an officer lists only themselves").contains("window1")
        .doesNotContain("window2");
    // the portal's account is the directory's, with the directory's password, and kept out of the webapps
    ResponseEntity<String> progress = rest.withBasicAuth("portal", PASSWORD)
        .getForEntity("/api/v1/applicant/cases/32050020260302C0000010", String.class);
    assertThat(progress.getStatusCode()).as("past the login: no such case").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("portal", "wrong-password")
        .getForEntity("/api/v1/applicant/cases/32050020260302C0000010", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(WebappSession.attemptLogin(rest, "tasklist", "portal", PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private List<String> groups(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .toList();
  }

  private List<String> bureaus(String userId) {
    return engine.getIdentityService().createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
  }

  /** The id of the case's 受理 task. */
  private String acceptTask(String caseNumber) {
    return officers.task(caseNumber, "Task_AcceptApplication").getId();
  }

  /** The ids of the tasks the officer's Tasklist lists, after a login with the directory password. */
  private List<String> tasklistTasks(String userId) {
    String body = WebappSession.login(rest, "tasklist", userId, PASSWORD).get(taskQuery()).getBody();
    List<String> ids = new ArrayList<>();
    try {
      json.readTree(body).forEach(task -> ids.add(task.path("id").asText()));
    } catch (Exception e) {
      throw new AssertionError(body, e);
    }
    return ids;
  }

  /** Tasklist's own query of the open tasks with their cases (as its list asks for them). */
  private static String taskQuery() {
    return "/camunda/api/engine/engine/default/task?maxResults=500";
  }

  private static HttpEntity<String> jsonEntity(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
