package cn.gov.oneseal.access;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.EngineRightsPlugin;
import cn.gov.oneseal.security.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each of the bureau's groups may do on the engine: the rights its steps need and nothing else
 * (src/docs/security.md, "Who may do what on the engine"). No group may set variables, modify, migrate, suspend or
 * delete instances, execute or re-date jobs or correlate messages to running cases: what an officer sends on the
 * applicant's behalf goes through
 * {@code /api/v1} (window/), which checks who may send it for which case and correlates it as the system. Tasks are
 * not listed here: each task's candidate groups and assignee get READ and TASK_WORK on that one task from the engine
 * ({@link EngineRightsPlugin}). Shared filters grant their own READ ({@link SharedFilters}).
 */
final class RoleRights {

  /** One authorization of a group: the resource and its id ({@code *} for all). */
  record Grant(String group, Resource resource, String resourceId) {}

  /** The bureau's items that start a case (every catalogue item) and the regulators' report of a wrong approval. */
  static final String WRONG_APPROVAL_REPORT = ProcessKeys.WRONG_APPROVAL_FEEDBACK;

  private final Map<Grant, Map<Integer, Permission>> grants = new LinkedHashMap<>();

  private RoleRights() {}

  /**
   * The rights of the bureau's groups: {@code groups} are all of them (roles, regulators, departments),
   * {@code officers} those who work on tasks in Tasklist.
   */
  static RoleRights of(ItemCatalogue catalogue, Collection<String> groups, Collection<String> officers) {
    RoleRights rights = new RoleRights();
    for (String group : groups) {
      // the engine's own: members read their group (Tasklist shows it)
      rights.grant(group, Resources.GROUP, group, Permissions.READ);
    }
    for (String group : officers) {
      rights.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      rights.grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
    }
    // 收件: the window registers applications through the items' start forms
    for (ApprovalItem item : catalogue.all()) {
      rights.grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, item.code(), ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    rights.grant(Role.WINDOW.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    // 投诉登记: the window enters a complaint taken in person, by phone, from the 12345 hotline or by letter (start form)
    rights.grant(Role.WINDOW.groupId(), Resources.PROCESS_DEFINITION, ProcessKeys.COMPLAINT,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    // 错误审批反馈: an item's regulator reports a wrong approval (its start form, or the start message from its system;
    // the report itself checks that the item is the group's)
    for (String regulator : catalogue.all().stream().map(ApprovalItem::regulatorGroup).distinct().toList()) {
      rights.grant(regulator, Resources.PROCESS_DEFINITION, WRONG_APPROVAL_REPORT, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      rights.grant(regulator, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    // read-only insight for e-supervision, audit and analysts (Cockpit)
    for (String group : List.of(Role.SUPERVISOR.groupId(), Role.AUDITOR.groupId(), Role.ANALYST.groupId())) {
      rights.grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      rights.grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_TASK);
      rights.grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      rights.grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
      rights.grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    }
    return rights;
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Map<Integer, Permission> held = grants.computeIfAbsent(new Grant(group, resource, resourceId),
        g -> new LinkedHashMap<>());
    for (Permission permission : permissions) {
      held.putIfAbsent(permission.getValue(), permission);
    }
  }

  /** Every grant with its permissions. */
  Map<Grant, List<Permission>> all() {
    Map<Grant, List<Permission>> all = new LinkedHashMap<>();
    grants.forEach((grant, permissions) -> all.put(grant, List.copyOf(permissions.values())));
    return all;
  }
}
