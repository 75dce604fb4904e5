package cn.gov.oneseal.access;

import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the technical clients' accounts (oneseal.api.clients) on every start: an engine user per
 * client in {@code apiPortal} or in {@code apiRegulatorSystem} plus its department's group
 * (so the engine's own checks, e.g. who may report a wrong approval, apply to it), member of every
 * bureau, its password taken from the configuration (a changed secret is applied on the next start),
 * and refused the webapps: a client calls the API, it does not log in to Tasklist or Cockpit. Under a read-only
 * identity service (the directory, profile ldap) the accounts, their passwords and groups are the directory's
 * (src/docs/directory.md): only the refusal of the webapps is set here, and an account the directory lacks, or whose
 * groups differ, is named in the log.
 */
@Component
@EnableConfigurationProperties(ApiClientProperties.class)
public class ApiClients {

  private static final Logger LOG = LoggerFactory.getLogger(ApiClients.class);

  private final ApiClientProperties properties;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Bureaus bureaus;
  private final ItemCatalogue catalogue;

  public ApiClients(ApiClientProperties properties, IdentityService identityService,
      AuthorizationService authorizationService, Bureaus bureaus, ItemCatalogue catalogue) {
    this.properties = properties;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.bureaus = bureaus;
    this.catalogue = catalogue;
  }

  /** The configured clients; a broken entry stops the start with the list of problems. */
  public List<ApiClientProperties.Client> clients() {
    return properties.clients();
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void setUp() {
    List<String> problems = problems(!identityService.isReadOnly());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("接口调用方配置有误（oneseal.api.clients）：\n - " + String.join("\n - ", problems));
    }
    if (identityService.isReadOnly()) {
      properties.clients().forEach(this::checkDirectoryAccount);
      return;
    }
    group(Role.API_PORTAL, "网上办事大厅（接口）");
    group(Role.API_REGULATOR_SYSTEM, "监管部门业务系统（接口）");
    for (ApiClientProperties.Client client : properties.clients()) {
      User user = identityService.createUserQuery().userId(client.id()).singleResult();
      boolean created = user == null;
      if (created) {
        user = identityService.newUser(client.id());
      }
      user.setFirstName(client.name());
      user.setLastName("（接口）");
      user.setPassword(client.password());
      try {
        identityService.saveUser(user);
      } catch (org.camunda.bpm.engine.ProcessEngineException e) {
        throw new IllegalStateException("接口账号 " + client.id() + " 无法保存（密码须符合密码策略：至少 10 位，含大小写字母、"
            + "数字和符号，且不得包含账号名）：" + e.getMessage(), e);
      }
      for (String group : groupsOf(client)) {
        if (identityService.createUserQuery().userId(client.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(client.id(), group);
        }
      }
      for (Bureau bureau : bureaus.bureaus()) {
        if (identityService.createTenantQuery().tenantId(bureau.id()).userMember(client.id()).count() == 0) {
          identityService.createTenantUserMembership(bureau.id(), client.id());
        }
      }
      noWebapps(client.id());
      LOG.info("API client {} ({}) {}", client.id(), client.name(), created ? "created" : "updated");
    }
  }

  private void checkDirectoryAccount(ApiClientProperties.Client client) {
    if (identityService.createUserQuery().userId(client.id()).count() == 0) {
      LOG.warn("API client {} ({}) is not in the directory: it cannot call the API", client.id(), client.name());
      return;
    }
    List<String> missing = groupsOf(client).stream().filter(g -> identityService.createUserQuery()
        .userId(client.id()).memberOfGroup(g).count() == 0).toList();
    if (!missing.isEmpty()) {
      LOG.warn("API client {} is in none of the directory groups mapped to {}", client.id(), missing);
    }
    List<String> outside = bureaus.bureaus().stream().map(Bureau::id).filter(b -> identityService
        .createTenantQuery().tenantId(b).userMember(client.id()).count() == 0).toList();
    if (!outside.isEmpty()) {
      LOG.warn("API client {} does not belong to the bureaus {} in the directory: it cannot reach their cases",
          client.id(), outside);
    }
    noWebapps(client.id());
  }

  /** The entries' mistakes; the passwords are checked where they are OneSeal's (not the directory's). */
  List<String> problems(boolean passwordsHere) {
    List<String> problems = new ArrayList<>();
    Set<String> regulatorGroups = catalogue.all().stream().map(ApprovalItem::regulatorGroup).collect(Collectors.toSet());
    Set<String> seen = new java.util.HashSet<>();
    for (ApiClientProperties.Client client : properties.clients()) {
      String at = "client " + client.id();
      if (client.id() == null || !client.id().matches("[a-z][a-zA-Z0-9]{2,63}")) {
        problems.add(at + ": id 须为 3–64 位字母或数字、以小写字母开头（引擎的用户名规则）");
      } else if (!seen.add(client.id())) {
        problems.add(at + ": id 重复");
      }
      if (client.kind() == null) {
        problems.add(at + ": kind 须为 PORTAL 或 REGULATOR");
      }
      if (passwordsHere && (client.password() == null || client.password().length() < 12)) {
        problems.add(at + ": password 未设置或少于 12 个字符（请从环境变量读取）");
      }
      if (client.kind() == ApiClientProperties.Kind.REGULATOR && !regulatorGroups.contains(client.regulatorGroup())) {
        problems.add(at + ": regulator-group 须为事项目录中的监管部门组之一 " + regulatorGroups);
      }
      if (client.kind() == ApiClientProperties.Kind.PORTAL && client.regulatorGroup() != null) {
        problems.add(at + ": 网上办事大厅不属于监管部门组");
      }
    }
    return problems;
  }

  private static List<String> groupsOf(ApiClientProperties.Client client) {
    return client.kind() == ApiClientProperties.Kind.PORTAL ? List.of(Role.API_PORTAL)
        : List.of(Role.API_REGULATOR_SYSTEM, client.regulatorGroup());
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("SYSTEM");
      identityService.saveGroup(group);
    }
  }

  /** A user-specific revoke outweighs the grants of its groups (e.g. Tasklist for a regulator's group). */
  private void noWebapps(String userId) {
    if (authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.APPLICATION)
        .resourceId("*").authorizationType(Authorization.AUTH_TYPE_REVOKE).count() > 0) {
      return;
    }
    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(userId);
    revoke.setResource(Resources.APPLICATION);
    revoke.setResourceId("*");
    revoke.removePermission(Permissions.ACCESS);
    authorizationService.saveAuthorization(revoke);
  }
}
