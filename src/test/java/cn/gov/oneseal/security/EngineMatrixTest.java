package cn.gov.oneseal.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.access.ApiClientProperties;
import cn.gov.oneseal.access.ApiClients;
import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's authorizations as they are, against the matrix written in src/docs/security.md ("Who may do what on
 * the engine"): every group of the bureau and every technical client, every permission of every resource type the
 * engine has, on {@code *} and on every id that any authorization names (a right on any other id could only come from
 * {@code *}). Rights on one id that the principal also holds on {@code *} are compared once, on {@code *}.
 */
class EngineMatrixTest extends CaseTest {

  private static final String PROBE = "matrix-probe";
  /** Off in the bureau's engine (historic instance permissions are not enabled): no right of this kind exists. */
  private static final Set<Resource> HISTORIC_INSTANCES = Set.of(Resources.HISTORIC_TASK,
      Resources.HISTORIC_PROCESS_INSTANCE);

  @Autowired RoleSetup roles;
  @Autowired ApiClients clients;
  @Autowired ItemCatalogue catalogue;
  @Autowired Bureaus bureaus;

  /** One permission a principal holds on one resource id. */
  record Right(String who, String resource, String id, String permission) {
    @Override
    public String toString() {
      return who + " " + resource + " " + id + " " + permission;
    }
  }

  @Test
  void everyGroupAndClientHoldsExactlyWhatTheMatrixSays() throws IOException {
    Set<Right> written = normalized(matrix());
    Set<Right> held = normalized(engine());
    Set<Right> notWritten = new TreeSet<>(java.util.Comparator.comparing(Right::toString));
    notWritten.addAll(held);
    notWritten.removeAll(written);
    Set<Right> notHeld = new TreeSet<>(java.util.Comparator.comparing(Right::toString));
    notHeld.addAll(written);
    notHeld.removeAll(held);
    assertThat(notWritten).as("held but not in the matrix of src/docs/security.md").isEmpty();
    assertThat(notHeld).as("in the matrix of src/docs/security.md but not held").isEmpty();
    // the groups of the newer items' departments are compared too: a regulator reports a wrong approval of its
    // own items, a survey participant only works on its tasks
    assertThat(held).contains(new Right("regulatorEcology", Resources.PROCESS_DEFINITION.resourceName(),
        "Supervision_WrongApprovalFeedback", "CREATE_INSTANCE"));
    assertThat(held).extracting(Right::who).contains("regulatorUrbanManagement", "regulatorWater",
        "regulatorEducation", "regulatorEmergency", "deptTrafficPolice");
    assertThat(held).noneMatch(r -> r.who().equals("deptTrafficPolice")
        && r.id().equals("Supervision_WrongApprovalFeedback"));
  }

  @Test
  void aTaskGivesItsCandidatesAndAssigneeWorkNotUpdate() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    Task accept = officers.task(caseNumber, "Task_AcceptApplication");
    officers.run("window1", () -> engine.getTaskService().claim(accept.getId(), "window1"));
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> window1Groups = List.of("window");
    for (Permission permission : permissions(Resources.TASK)) {
      boolean expected = permission.getName().equals("READ") || permission.getName().equals("TASK_WORK");
      assertThat(authorizations.isUserAuthorized("window1", window1Groups, permission, Resources.TASK, accept.getId()))
          .as("window1 %s on its task", permission.getName()).isEqualTo(expected);
      assertThat(authorizations.isUserAuthorized(PROBE, List.of("window"), permission, Resources.TASK, accept.getId()))
          .as("the window group %s on its task", permission.getName()).isEqualTo(expected);
      assertThat(authorizations.isUserAuthorized(PROBE, List.of("reviewer"), permission, Resources.TASK,
          accept.getId())).as("reviewers on the window's task").isFalse();
    }
    // no officer's authorization on any task holds UPDATE (it would let them set variables, re-date, reassign)
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .hasPermission(Permissions.UPDATE).list()).allMatch(a -> Role.ADMIN_GROUP.equals(a.getGroupId()));
    // and an officer may read and update their own account, not delete it
    assertThat(authorizations.isUserAuthorized("window1", window1Groups, Permissions.UPDATE, Resources.USER, "window1"))
        .isTrue();
    assertThat(authorizations.isUserAuthorized("window1", window1Groups, Permissions.DELETE, Resources.USER, "window1"))
        .isFalse();
  }

  /** The rights the matrix of src/docs/security.md writes, one per principal, resource, id and permission. */
  private Set<Right> matrix() throws IOException {
    String security = Files.readString(Path.of("src/docs/security.md"), StandardCharsets.UTF_8);
    int start = security.indexOf("## Who may do what on the engine");
    String section = security.substring(start, security.indexOf("\n#", start + 10));
    Set<String> groups = allGroups();
    Map<String, Set<Right>> byGroup = new HashMap<>();
    Set<Right> rights = new LinkedHashSet<>();
    for (String line : section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| who")).toList()) {
      String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
      if (cells.length == 4 && cells[0].startsWith("`camunda-admin`")) {
        for (Resource resource : Resources.values()) {
          for (Permission permission : HISTORIC_INSTANCES.contains(resource) ? List.<Permission>of()
              : permissions(resource)) {
            rights.add(new Right(Role.ADMIN_GROUP, resource.resourceName(), "*", permission.getName()));
          }
        }
        continue;
      }
      if (cells.length != 4 || !cells[1].startsWith("`")) {
        continue; // the technical clients' rows: their groups' rights, checked through those
      }
      String resourceCell = cells[1].replace("`", "");
      Resource resource = Resources.valueOf(resourceCell);
      if (resource == Resources.TASK) {
        continue; // per task: aTaskGivesItsCandidatesAndAssigneeWorkNotUpdate
      }
      List<String> permissionNames = backticked(cells[3]);
      List<String> who = cells[0].startsWith("every group") ? List.copyOf(groups)
          : cells[0].startsWith("every account") ? clientIds() : backticked(cells[0]);
      for (String principal : who) {
        for (String id : ids(cells[2], principal)) {
          for (String name : permissionNames) {
            Right right = new Right(principal, resource.resourceName(), id, ResourceTypeUtil
                .getPermissionByNameAndResourceType(name, resource.resourceType()).getName());
            rights.add(right);
            byGroup.computeIfAbsent(principal, p -> new LinkedHashSet<>()).add(right);
          }
        }
      }
    }
    // a technical client holds its groups' rights, but no webapp (a revoke on APPLICATION * for the account)
    for (ApiClientProperties.Client client : clients.clients()) {
      for (String group : clientGroups(client.id())) {
        byGroup.getOrDefault(group, Set.of()).stream()
            .filter(r -> !r.resource().equals(Resources.APPLICATION.resourceName()))
            .forEach(r -> rights.add(new Right(client.id(), r.resource(), r.id(), r.permission())));
      }
    }
    return rights;
  }

  private List<String> ids(String cell, String principal) {
    if (cell.startsWith("`<item>`")) {
      return catalogue.all().stream().map(ApprovalItem::code).toList();
    }
    if (cell.equals("`<own>`")) {
      return List.of(principal);
    }
    if (cell.startsWith("each bureau")) {
      return bureaus.bureaus().stream().map(Bureau::id).toList();
    }
    if (cell.contains("`") && !cell.contains("、") && !cell.contains("待办")) {
      return backticked(cell);
    }
    // filters by name; `<own>`待办 is the group's own filter
    List<String> ids = new ArrayList<>();
    for (String name : cell.split("、")) {
      String filterName = name.trim().replace("`<own>`", roles.groups().getOrDefault(principal, principal));
      Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
      assertThat(filter).as("filter %s", filterName).isNotNull();
      ids.add(filter.getId());
    }
    return ids;
  }

  /** What the engine answers for every principal, permission, resource type and id that anything names. */
  private Set<Right> engine() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Map<String, List<String>> principals = new HashMap<>();
    for (String group : allGroups()) {
      principals.put(PROBE + ":" + group, List.of(group));
    }
    principals.put(PROBE + ":" + Role.ADMIN_GROUP, List.of(Role.ADMIN_GROUP));
    for (String client : clientIds()) {
      principals.put(client, clientGroups(client));
    }
    Set<Right> rights = new LinkedHashSet<>();
    for (Resource resource : Resources.values()) {
      if (HISTORIC_INSTANCES.contains(resource)) {
        continue;
      }
      for (Map.Entry<String, List<String>> principal : principals.entrySet()) {
        String userId = principal.getKey().startsWith(PROBE) ? PROBE : principal.getKey();
        String who = principal.getKey().startsWith(PROBE) ? principal.getValue().get(0) : principal.getKey();
        for (String id : probeIds(resource, userId, principal.getValue())) {
          for (Permission permission : permissions(resource)) {
            if (authorizations.isUserAuthorized(userId, principal.getValue(), permission, resource, id)) {
              rights.add(new Right(who, resource.resourceName(), id, permission.getName()));
            }
          }
        }
      }
    }
    return rights;
  }

  /**
   * {@code *} and every id an authorization of the user or its groups names: a right on any other id could only
   * come from {@code *}. Tasks are compared by {@link #aTaskGivesItsCandidatesAndAssigneeWorkNotUpdate}.
   */
  private Set<String> probeIds(Resource resource, String userId, List<String> groups) {
    Set<String> ids = new TreeSet<>(List.of("*"));
    if (resource == Resources.TASK) {
      return ids;
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    authorizations.createAuthorizationQuery().resourceType(resource).userIdIn(userId).list().stream()
        .map(Authorization::getResourceId).forEach(ids::add);
    authorizations.createAuthorizationQuery().resourceType(resource).groupIdIn(groups.toArray(String[]::new)).list()
        .stream().map(Authorization::getResourceId).forEach(ids::add);
    return ids;
  }

  /** Rights on an id that the principal also holds on {@code *} count once, on {@code *}. */
  private static Set<Right> normalized(Set<Right> rights) {
    Set<Right> onStar = rights.stream().filter(r -> r.id().equals("*")).collect(Collectors.toSet());
    return rights.stream().filter(r -> r.id().equals("*")
        || !onStar.contains(new Right(r.who(), r.resource(), "*", r.permission()))).collect(Collectors.toSet());
  }

  private static List<Permission> permissions(Resource resource) {
    return Arrays.stream(ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))
        .filter(p -> p.getValue() != Permissions.NONE.getValue() && p.getValue() != Permissions.ALL.getValue())
        .filter(p -> Arrays.asList(p.getTypes()).contains(resource)).toList();
  }

  private Set<String> allGroups() {
    Set<String> groups = new LinkedHashSet<>(roles.groups().keySet());
    groups.add(Role.API_PORTAL);
    groups.add(Role.API_REGULATOR_SYSTEM);
    return groups;
  }

  private List<String> clientIds() {
    return clients.clients().stream().map(ApiClientProperties.Client::id).toList();
  }

  private List<String> clientGroups(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId())
        .toList();
  }

  private static List<String> backticked(String cell) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = Pattern.compile("`([^`]+)`").matcher(cell);
    while (matcher.find()) {
      tokens.add(matcher.group(1));
    }
    return tokens;
  }
}
