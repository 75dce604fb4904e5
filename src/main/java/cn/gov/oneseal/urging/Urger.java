package cn.gov.oneseal.urging;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who urges (or asks about urges): the user, their groups and their bureaus (tenants). */
public record Urger(String userId, List<String> groups, List<String> bureaus) {

  public Urger {
    groups = groups == null ? List.of() : List.copyOf(groups);
    bureaus = bureaus == null ? List.of() : List.copyOf(bureaus);
  }

  public static Urger of(Authentication authentication) {
    return new Urger(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds());
  }

  public static Urger of(String userId, Collection<String> groups, Collection<String> bureaus) {
    return new Urger(userId, groups == null ? null : List.copyOf(groups), bureaus == null ? null : List.copyOf(bureaus));
  }

  boolean in(String group) {
    return groups.contains(group);
  }

  boolean worksFor(String bureauId) {
    return bureaus.contains(bureauId);
  }
}
