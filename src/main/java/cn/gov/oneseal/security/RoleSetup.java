package cn.gov.oneseal.security;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.ItemType;
import cn.gov.oneseal.feedback.WrongApprovalFeedback;
import cn.gov.oneseal.intake.DeficiencyAcceptance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start and idempotently, one tenant per bureau (oneseal.bureaus), the groups of
 * the roles and of the departments named in the catalogue, what each group may do, and the shared
 * Tasklist filters. Users are not created here: administrators add them in Admin, with their groups
 * and their bureau (tenant); the demo profile adds demo users.
 */
@Component
public class RoleSetup {

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);
  /** The regulator's sign-for of a dispatched decision (Stage_Dispatch). */
  static final String SIGN_FOR = "Task_SignForDecision";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;

  public RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, ItemCatalogue catalogue, Bureaus bureaus) {
    this.bureaus = bureaus;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.catalogue = catalogue;
  }

  /** Group id → Chinese name of every group the bureau uses. */
  public Map<String, String> groups() {
    Map<String, String> groups = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      groups.put(role.groupId(), role.groupName());
    }
    for (ApprovalItem item : catalogue.all()) {
      groups.putIfAbsent(item.regulatorGroup(), item.regulatorDepartment());
    }
    for (ApprovalItem item : catalogue.all()) {
      item.jointDepartments().forEach(d -> groups.putIfAbsent(d.group(), d.name()));
      item.surveyParticipants().forEach(d -> groups.putIfAbsent(d.group(), d.name()));
    }
    return groups;
  }

  /** The Chinese names of comma-separated group ids (as cards store them), joined with 、; "" for none. */
  public String namesOf(String groupIds) {
    if (groupIds == null || groupIds.isBlank()) {
      return "";
    }
    Map<String, String> names = groups();
    return Arrays.stream(groupIds.split(",")).map(String::trim).filter(g -> !g.isEmpty())
        .map(g -> names.getOrDefault(g, g)).collect(Collectors.joining("、"));
  }

  /** Groups whose members work on tasks in Tasklist (not audit, analysis, monitoring). */
  public List<String> officerGroups() {
    List<String> officers = new ArrayList<>(groups().keySet());
    officers.remove(Role.AUDITOR.groupId());
    officers.remove(Role.ANALYST.groupId());
    officers.remove(Role.MONITORING.groupId());
    return officers;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void setUp() {
    for (Bureau bureau : bureaus.bureaus()) {
      if (identityService.createTenantQuery().tenantId(bureau.id()).count() == 0) {
        Tenant tenant = identityService.newTenant(bureau.id());
        tenant.setName(bureau.name());
        identityService.saveTenant(tenant);
        LOG.info("created tenant {} ({})", bureau.id(), bureau.name());
      }
    }
    groups().forEach(this::ensureGroup);

    for (String group : officerGroups()) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
    }
    // 收件: the window registers applications, i.e. starts the items' processes
    for (ApprovalItem item : catalogue.all()) {
      grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, item.code(), ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      if (item.type() == ItemType.REPORT) {
        // 上报件: the window records the higher organ's decision (message Msg_HigherOrganDecision)
        grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, item.code(),
            ProcessDefinitionPermissions.UPDATE_INSTANCE);
      }
    }
    grant(Role.WINDOW.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    // the applicant's corrections arrive as the message Msg_CorrectionsSubmitted at the intake stage
    grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, "Stage_Intake", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
    // ... and the 容缺 supplements as Msg_SupplementsSubmitted at the supplements wait
    grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, "Stage_Supplements", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
    // ... and the applicant's report that it has rectified after a site survey (Msg_SurveyRectificationCompleted)
    grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, "Stage_SiteSurvey", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
    // ... and a licensee's 陈述申辩 against a revocation as Msg_RevocationResponse at the verification
    grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, "Commitment_Verification",
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    // 错误审批反馈: an item's regulator reports a wrong approval (start form in Tasklist or the message
    // Msg_WrongApprovalReported from its system; the report itself checks that the item is the group's)
    for (ApprovalItem item : catalogue.all()) {
      grant(item.regulatorGroup(), Resources.PROCESS_DEFINITION, WrongApprovalFeedback.PROCESS,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(item.regulatorGroup(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // ... and the window records the licensee's 陈述申辩 as Msg_WrongApprovalResponse
    grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, WrongApprovalFeedback.PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    // read-only insight for e-supervision, audit and analysts
    for (String group : List.of(Role.SUPERVISOR.groupId(), Role.AUDITOR.groupId(), Role.ANALYST.groupId())) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    }

    sharedFilters();
    int priority = 0;
    for (String group : officerGroups()) {
      filter(groups().get(group) + "待办", groups().get(group) + "的全部任务（含已认领），按环节期限排序", priority++, "#c0392b",
          taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks(), List.of(group));
    }
  }

  /**
   * The shared filters by what an officer has to do next, all sorted by due date (the stage deadline). Dates
   * are compared with the engine clock ({@code ${now()}}): the follow-up date is the stage's yellow point
   * (clock/TaskDeadlineListener), the due date its deadline.
   */
  private void sharedFilters() {
    List<String> officers = officerGroups();
    filter("我的待办", "已认领、由我办理的任务，按环节期限排序", -10, "#2c3e50",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), officers);
    filter("组待办", "我所在各组尚未认领的任务，按环节期限排序", -9, "#2c3e50",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        officers);
    filter("即将超期", "我所在各组已到黄色预警点、尚未到期的任务（含已认领），按环节期限排序", -8, "#f1c40f",
        myGroups().followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"), officers);
    filter("已超期", "我所在各组已超过环节期限的任务（含已认领），按环节期限排序", -7, "#c0392b",
        myGroups().dueBeforeExpression("${now()}"), officers);
    // a case accepted under 容缺 waits for the supplements without a task (a message catch event in
    // Stage_Supplements); what officers can act on is the supplements check once they arrive, and the case's
    // own tasks while its grant is held for them (deficiencyPending)
    TaskQuery supplements = myGroups();
    supplements.or().processDefinitionKey(DeficiencyAcceptance.SUPPLEMENTS)
        .processVariableValueEquals(DeficiencyAcceptance.PENDING, true).endOr();
    filter("容缺待补正", "容缺受理、尚待补齐材料的办件：待审核的补正材料，以及因待补齐而暂缓发证的办件的任务，按环节期限排序",
        -6, "#e67e22", supplements, List.of(Role.WINDOW.groupId(), Role.REVIEWER.groupId(), Role.DECIDER.groupId(),
            Role.BUREAU_HEAD.groupId(), Role.SUPERVISOR.groupId()));
    List<String> regulators = catalogue.all().stream().map(ApprovalItem::regulatorGroup).distinct().toList();
    filter("待签收监管", "本部门尚未签收的审批结果（监管签收），按签收期限排序", -5, "#2980b9",
        myGroups().taskDefinitionKey(SIGN_FOR), regulators);
  }

  /** The tasks of the user's groups, whoever has claimed them. */
  private TaskQuery myGroups() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks();
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      LOG.info("created group {} ({})", id, name);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing
        : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private void filter(String name, String description, int priority, String color, TaskQuery query,
      List<String> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setOwner(null);
    filter.setQuery(((org.camunda.bpm.engine.impl.TaskQueryImpl) query).orderByDueDate().asc());
    filter.setProperties(new LinkedHashMap<>(Map.of("description", description, "priority", priority,
        "refresh", true, "color", color)));
    filterService.saveFilter(filter);
    for (String group : readers) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
