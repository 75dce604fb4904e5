package cn.gov.oneseal.access;

import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters by what an officer has to do next, all sorted by due date (the stage deadline), and
 * who reads each: exactly the groups named here (a read right on a filter given to another of the bureau's groups is
 * taken away). Dates are compared with the engine clock ({@code ${now()}}): the follow-up date is the stage's yellow
 * point (clock/TaskDeadlineListener), the due date its deadline.
 */
@Component
class SharedFilters {

  /** The regulator's sign-for of a dispatched decision (Stage_Dispatch). */
  static final String SIGN_FOR = "Task_SignForDecision";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final ItemCatalogue catalogue;

  SharedFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      ItemCatalogue catalogue) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.catalogue = catalogue;
  }

  /** Creates or updates the filters; {@code groups} are the bureau's groups (id → name). */
  void setUp(Map<String, String> groups, List<String> officers) {
    Set<String> bureauGroups = groups.keySet();
    filter("我的待办", "已认领、由我办理的任务，按环节期限排序", -10, "#2c3e50",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), officers, bureauGroups);
    filter("组待办", "我所在各组尚未认领的任务，按环节期限排序", -9, "#2c3e50",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        officers, bureauGroups);
    filter("即将超期", "我所在各组已到黄色预警点、尚未到期的任务（含已认领），按环节期限排序", -8, "#f1c40f",
        myGroups().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"), officers, bureauGroups);
    filter("已超期", "我所在各组已超过环节期限的任务（含已认领），按环节期限排序", -7, "#c0392b",
        myGroups().dueBeforeExpression("${now()}"), officers, bureauGroups);
    // 催办 (urging/): the steps a supervisor or the bureau head has urged, and a bureau head's escalations
    filter("被催办", "电子监察或局负责人催办过的、我所在各组的任务（含已认领），以及升级至局负责人的催办，按环节期限排序", -7, "#8e44ad",
        myGroups().taskVariableValueEquals(CaseVariables.URGED, true), officers, bureauGroups);
    // 征求意见 (consultation/): a consultee's 答复征求意见 tasks, to them or one of their groups, before and after a claim
    filter("征求我的意见", "向我或我所在各组征求意见、待答复的任务（含已认领），按答复期限排序", -7, "#16a085",
        taskService.createTaskQuery().processDefinitionKey(ProcessKeys.CONSULTATION)
            .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks(), officers, bureauGroups);
    // 投诉 (complaint/): registration (e-supervision), investigation (the unit head it is assigned to), the named
    // officer's statement, the bureau head's review — to my groups or to me
    TaskQuery complaints = taskService.createTaskQuery().processDefinitionKey(ProcessKeys.COMPLAINT);
    // (a candidate user query also finds the tasks of the user's groups; the engine allows no both in one query)
    complaints.or().taskCandidateUserExpression("${currentUser()}").taskAssigneeExpression("${currentUser()}").endOr();
    filter("投诉待办", "投诉的登记、调查处理、情况说明和复核：我所在各组的和交由我办理的，按期限排序", -6, "#d35400", complaints,
        officers, bureauGroups);
    // a case accepted under 容缺 waits for the supplements without a task (a message catch event in
    // Stage_Supplements); what officers can act on is the supplements check once they arrive, and the case's
    // own tasks while its grant is held for them (deficiencyPending)
    TaskQuery supplements = myGroups();
    supplements.or().processDefinitionKey(ProcessKeys.SUPPLEMENTS)
        .processVariableValueEquals(CaseVariables.DEFICIENCY_PENDING, true).endOr();
    filter("容缺待补正", "容缺受理、尚待补齐材料的办件：待审核的补正材料，以及因待补齐而暂缓发证的办件的任务，按环节期限排序",
        -6, "#e67e22", supplements, List.of(Role.WINDOW.groupId(), Role.REVIEWER.groupId(), Role.DECIDER.groupId(),
            Role.BUREAU_HEAD.groupId(), Role.SUPERVISOR.groupId()), bureauGroups);
    List<String> regulators = catalogue.all().stream().map(ApprovalItem::regulatorGroup).distinct().toList();
    filter("待签收监管", "本部门尚未签收的审批结果（监管签收），按签收期限排序", -5, "#2980b9",
        myGroups().taskDefinitionKey(SIGN_FOR), regulators, bureauGroups);
    int priority = 0;
    for (String group : officers) {
      filter(groups.get(group) + "待办", groups.get(group) + "的全部任务（含已认领），按环节期限排序", priority++, "#c0392b",
          taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks(), List.of(group), bureauGroups);
    }
  }

  /** The tasks of the user's groups, whoever has claimed them. */
  private TaskQuery myGroups() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks();
  }

  private void filter(String name, String description, int priority, String color, TaskQuery query,
      List<String> readers, Set<String> bureauGroups) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(((org.camunda.bpm.engine.impl.TaskQueryImpl) query).orderByDueDate().asc());
    filter.setProperties(new LinkedHashMap<>(Map.of("description", description, "priority", priority,
        "refresh", true, "color", color)));
    filterService.saveFilter(filter);
    Set<String> granted = new HashSet<>();
    for (Authorization authorization : authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filter.getId()).list()) {
      String group = authorization.getGroupId();
      if (group == null || !bureauGroups.contains(group)) {
        continue;
      }
      if (readers.contains(group) && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && granted.add(group)) {
        authorization.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.READ});
        authorizationService.saveAuthorization(authorization);
      } else {
        authorizationService.deleteAuthorization(authorization.getId());
      }
    }
    for (String group : readers) {
      if (!granted.contains(group)) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
      }
    }
  }
}
