package cn.gov.oneseal.consultation;

import cn.gov.oneseal.access.RoleSetup;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Consultees as officers know them: "方毅（expert1，勘验专家（专家库））" and groups by their Chinese names. */
@Component
class ConsulteeNames {

  private final IdentityService identity;
  private final RoleSetup roles;

  ConsulteeNames(IdentityService identity, RoleSetup roles) {
    this.identity = identity;
    this.roles = roles;
  }

  /** "方毅（expert1）" for a known user, the id otherwise. */
  String user(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null || user.getFirstName() == null || user.getFirstName().isBlank() ? userId
        : user.getFirstName() + "（" + userId + "）";
  }

  String group(String groupId) {
    return roles.namesOf(groupId);
  }

  /**
   * The users who serve the bureau in one of the groups (not {@code self}), named with their title, and the groups
   * with a member serving it.
   */
  Consulting.Consultees consultable(String bureau, String self, Map<String, String> groups) {
    Map<String, Consulting.Consultee> users = new LinkedHashMap<>();
    List<Consulting.Consultee> withMembers = new java.util.ArrayList<>();
    groups.forEach((group, name) -> {
      List<User> members = identity.createUserQuery().memberOfGroup(group).list().stream()
          .filter(u -> identity.createTenantQuery().userMember(u.getId()).tenantId(bureau).count() > 0).toList();
      if (!members.isEmpty()) {
        withMembers.add(new Consulting.Consultee(group, name));
      }
      members.stream().filter(u -> !u.getId().equals(self)).forEach(u -> users.putIfAbsent(u.getId(),
          new Consulting.Consultee(u.getId(), (u.getFirstName() == null ? u.getId() : u.getFirstName())
              + "（" + name + "）")));
    });
    return new Consulting.Consultees(users.values().stream()
        .sorted(Comparator.comparing(Consulting.Consultee::id)).toList(), withMembers);
  }
}
