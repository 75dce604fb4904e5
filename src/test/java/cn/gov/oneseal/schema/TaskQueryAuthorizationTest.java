package cn.gov.oneseal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.EngineTaskStatements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/**
 * The officers' task queries with the authorization check as subqueries (TaskQueryAuthorization) find exactly the
 * tasks the engine's own statements find, for every kind of account (the technical clients, whose revoke makes the
 * engine check differently, included) and the queries Tasklist and the API send.
 */
class TaskQueryAuthorizationTest extends CaseTest {

  private static final List<String> USERS = List.of("window1", "window2", "awindow1", "bwindow1", "reviewer1",
      "areviewer1", "decider1", "head1", "ahead1", "bhead1", "supervisor1", "auditor1", "expert1", "samr1",
      "analyst1", "monitor1", "admin", "portal", "samrSystem");

  @Test
  void everyAccountSeesTheSameTasksAsWithTheEnginesJoin() {
    TaskService tasks = engine.getTaskService();
    String city = officers.register("window1", Applications.food()).getBusinessKey();
    officers.register("window1", Applications.food());
    String countyA = officers.register("awindow1", Applications.food()).getBusinessKey();
    officers.register("bwindow1", Applications.food());
    String claimed = officers.task(city, "Task_AcceptApplication").getId();
    officers.run("window1", () -> tasks.claim(claimed, "window1"));
    // a standalone task, as 催办升级 opens for a bureau head
    Task escalation = tasks.newTask();
    escalation.setName("催办升级 · 测试");
    escalation.setTenantId("countyA");
    tasks.saveTask(escalation);
    tasks.addCandidateGroup(escalation.getId(), "bureauHead");

    try {
      Map<String, Function<String, TaskQuery>> queries = new LinkedHashMap<>();
      queries.put("all", user -> tasks.createTaskQuery());
      queries.put("group inbox", user -> tasks.createTaskQuery().taskCandidateGroupIn(groups(user)).taskUnassigned());
      queries.put("groups with assigned", user -> tasks.createTaskQuery().taskCandidateGroupIn(groups(user))
          .includeAssignedTasks().orderByDueDate().asc());
      queries.put("mine or my groups'", user -> tasks.createTaskQuery().or().taskAssignee(user)
          .taskCandidateUser(user).endOr());
      queries.put("by case", user -> tasks.createTaskQuery().processInstanceBusinessKeyIn(city, countyA));
      queries.put("by model", user -> tasks.createTaskQuery()
          .processDefinitionKeyIn("Stage_Intake", "FoodBusinessLicence").orderByTaskCreateTime().desc());

      Map<String, List<String>> withSubqueries = results(queries);
      Map<String, List<String>> withJoin = EngineTaskStatements.withEngineJoin(engine, () -> results(queries));

      assertThat(withSubqueries).isEqualTo(withJoin);
      // and the comparison compares something: officers see some tasks, not every task
      assertThat(withSubqueries.get("window1 group inbox")).isNotEmpty();
      assertThat(withSubqueries.get("window1 mine or my groups'")).contains(claimed);
      assertThat(withSubqueries.get("window2 group inbox")).doesNotContain(claimed);
      assertThat(withSubqueries.get("awindow1 all")).doesNotContainAnyElementsOf(ids(tasks.createTaskQuery()
          .processInstanceBusinessKey(city).list()));
      assertThat(withSubqueries.get("ahead1 group inbox")).contains(escalation.getId());
      assertThat(withSubqueries.get("head1 group inbox")).doesNotContain(escalation.getId());
      // the technical clients hold a revoke (kept out of the webapps): their queries take the engine's revoke check
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn("portal", "samrSystem")
          .authorizationType(Authorization.AUTH_TYPE_REVOKE).count()).isPositive();
      // a grant on the process definitions rather than on each task: the auditors read every case's tasks
      assertThat(withSubqueries.get("auditor1 by case")).contains(claimed);
    } finally {
      tasks.deleteTask(escalation.getId(), true);
    }
  }

  @Test
  void theEnginesTaskQueryIsTheOneTheSubqueriesReplace() {
    DbSqlSessionFactory sessions = ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
        .getDbSqlSessionFactory();
    assertThat(sessions.mapStatement(TaskQueryAuthorization.LIST))
        .isEqualTo(TaskQueryAuthorization.NAMESPACE + ".tasks");
    assertThat(sessions.mapStatement(TaskQueryAuthorization.COUNT))
        .isEqualTo(TaskQueryAuthorization.NAMESPACE + ".taskCount");
    String engineTaskXml = TaskQueryAuthorization.read(TaskQueryAuthorization.ENGINE_MAPPING);
    String mapper = TaskQueryAuthorization.mapper(engineTaskXml, "postgres");
    assertThat(mapper).doesNotContain("AUTH ON").contains("taskQueryAuthorization.authorizationCheck")
        .contains("A.RESOURCE_ID_ = RES.ID_ OFFSET 0").doesNotContain("LOOKUP_PER_ROW");
    assertThat(TaskQueryAuthorization.mapper(engineTaskXml, "h2")).contains("A.RESOURCE_ID_ = RES.ID_ )")
        .doesNotContain("RES.ID_ OFFSET 0");
    // an engine whose join is written otherwise does not start with a check that no longer applies
    assertThatThrownBy(() -> TaskQueryAuthorization.mapper(engineTaskXml.replace("AUTH ON (", "AUTH ON  ("), "h2"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("written again");
    assertThatThrownBy(() -> TaskQueryAuthorization.mapper(engineTaskXml.replace(
        "AuthorizationEntity.contextualAuthorizationCheck", "AuthorizationEntity.otherCheck"), "h2"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("written again");
  }

  private Map<String, List<String>> results(Map<String, Function<String, TaskQuery>> queries) {
    Map<String, List<String>> results = new LinkedHashMap<>();
    for (String user : USERS) {
      for (Map.Entry<String, Function<String, TaskQuery>> query : queries.entrySet()) {
        List<String> found = officers.as(user, () -> {
          List<String> ids = new ArrayList<>(ids(query.getValue().apply(user).listPage(0, 200)));
          ids.add("count " + query.getValue().apply(user).count());
          ids.addAll(ids(query.getValue().apply(user).listPage(1, 2)));
          return ids;
        });
        results.put(user + " " + query.getKey(), found);
      }
    }
    return results;
  }

  private List<String> groups(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(g -> g.getId())
        .toList();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
