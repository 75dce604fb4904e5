package cn.gov.oneseal.access;

import cn.gov.oneseal.security.EngineRightsPlugin;

import cn.gov.oneseal.security.Role;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets the bureau's groups' authorizations to exactly {@link RoleRights}: a missing right is granted, a permission
 * beyond it is taken away, and any other grant to these groups (e.g. one given by hand in Admin, or a right an
 * earlier version granted) is deleted and logged. Per-task authorizations (from candidate groups and assignees),
 * the shared filters' and the tenants' are left to their own owners. Also brings authorizations an earlier version
 * of the engine's defaults wrote down to today's: UPDATE on a task becomes TASK_WORK, ALL on one's own account READ
 * and UPDATE ({@link EngineRightsPlugin}).
 */
@Component
class EngineRights {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRights.class);
  /** Resource types whose group authorizations other owners manage. */
  private static final Set<Integer> NOT_MANAGED = Set.of(Resources.TASK.resourceType(),
      Resources.FILTER.resourceType(), Resources.TENANT.resourceType());

  private final AuthorizationService authorizationService;

  EngineRights(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Applies the rights to the groups (the bureau's groups, all of which the rights speak of). */
  void apply(RoleRights rights, Collection<String> groups) {
    Map<RoleRights.Grant, List<Permission>> wanted = new HashMap<>(rights.all());
    Set<RoleRights.Grant> present = new HashSet<>();
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .groupIdIn(groups.toArray(String[]::new)).list()) {
      if (NOT_MANAGED.contains(authorization.getResourceType())) {
        continue;
      }
      RoleRights.Grant grant = new RoleRights.Grant(authorization.getGroupId(),
          ResourceTypeUtil.getResourceByType(authorization.getResourceType()), authorization.getResourceId());
      List<Permission> permissions = authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          ? wanted.get(grant) : null;
      if (permissions == null || !present.add(grant)) {
        LOG.warn("removed the right {} {} {} of group {}: not among the bureau's rights (src/docs/security.md, \"Who "
            + "may do what on the engine\")", names(authorization), grant.resource().resourceName(), grant.resourceId(),
            grant.group());
        authorizationService.deleteAuthorization(authorization.getId());
        continue;
      }
      if (!sameValue(authorization, permissions)) {
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        authorizationService.saveAuthorization(authorization);
      }
    }
    wanted.forEach((grant, permissions) -> {
      if (!present.contains(grant)) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.group());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        authorizationService.saveAuthorization(authorization);
      }
    });
  }

  /**
   * Task authorizations written with UPDATE (the engine's earlier default for candidates and assignees, which also
   * lets one set any variable, re-date the task or hand it to anyone) now hold TASK_WORK instead; accounts that held
   * ALL on themselves keep READ and UPDATE (profile and password).
   */
  void upgradeDefaults() {
    int tasks = 0;
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()) {
      if (authorization.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
          || "*".equals(authorization.getResourceId()) || Role.ADMIN_GROUP.equals(authorization.getGroupId())) {
        continue;
      }
      authorization.removePermission(Permissions.UPDATE);
      authorization.addPermission(TaskPermissions.TASK_WORK);
      authorizationService.saveAuthorization(authorization);
      tasks++;
    }
    int accounts = 0;
    for (Authorization authorization : authorizationService.createAuthorizationQuery()
        .resourceType(Resources.USER).hasPermission(Permissions.DELETE).list()) {
      if (authorization.getUserId() != null && authorization.getUserId().equals(authorization.getResourceId())) {
        authorization.setPermissions(EngineRightsPlugin.OWN_ACCOUNT);
        authorizationService.saveAuthorization(authorization);
        accounts++;
      }
    }
    if (tasks + accounts > 0) {
      LOG.info("task rights UPDATE → TASK_WORK on {} tasks; own-account rights narrowed to READ, UPDATE for {} users",
          tasks, accounts);
    }
  }

  private static boolean sameValue(Authorization authorization, List<Permission> permissions) {
    Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType());
    Set<Integer> held = Arrays.stream(authorization.getPermissions(all)).map(Permission::getValue)
        .filter(v -> v != Permissions.ALL.getValue() && v != Permissions.NONE.getValue()).collect(Collectors.toSet());
    return held.equals(permissions.stream().map(Permission::getValue).collect(Collectors.toSet()));
  }

  private static String names(Authorization authorization) {
    Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType());
    return Arrays.stream(authorization.getPermissions(all)).map(Permission::getName).collect(Collectors.joining(","));
  }
}
