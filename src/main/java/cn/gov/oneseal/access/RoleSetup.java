package cn.gov.oneseal.access;

import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start and idempotently, one tenant per bureau (oneseal.bureaus), the groups of
 * the roles and of the departments named in the catalogue, sets what each group may do to exactly
 * {@link RoleRights}, and creates the shared Tasklist filters ({@link SharedFilters}). Users are not created
 * here: administrators add them in Admin, with their groups and their bureau (tenant); the demo profile adds demo
 * users. Under a read-only identity service (the directory, profile ldap) the bureaus, groups and users are the
 * directory's: only the rights and filters are set, and a group the directory does not have is named in the log.
 */
@Component
public class RoleSetup {

  private static final Logger LOG = LoggerFactory.getLogger(RoleSetup.class);

  private final IdentityService identityService;
  private final EngineRights rights;
  private final SharedFilters filters;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;

  RoleSetup(IdentityService identityService, EngineRights rights, SharedFilters filters, ItemCatalogue catalogue,
      Bureaus bureaus) {
    this.identityService = identityService;
    this.rights = rights;
    this.filters = filters;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
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
    Map<String, String> groups = groups();
    if (identityService.isReadOnly()) {
      List<String> missing = groups.keySet().stream()
          .filter(g -> identityService.createGroupQuery().groupId(g).count() == 0).toList();
      if (!missing.isEmpty()) {
        LOG.warn("the directory has no group for {} (oneseal.directory.groups): nobody holds these roles", missing);
      }
    } else {
      createBureausAndGroups(groups);
    }
    rights.apply(RoleRights.of(catalogue, groups.keySet(), officerGroups()), groups.keySet());
    rights.upgradeDefaults();
    filters.setUp(groups, officerGroups());
  }

  private void createBureausAndGroups(Map<String, String> groups) {
    for (Bureau bureau : bureaus.bureaus()) {
      if (identityService.createTenantQuery().tenantId(bureau.id()).count() == 0) {
        Tenant tenant = identityService.newTenant(bureau.id());
        tenant.setName(bureau.name());
        identityService.saveTenant(tenant);
        LOG.info("created tenant {} ({})", bureau.id(), bureau.name());
      }
    }
    groups.forEach(this::ensureGroup);
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
}
