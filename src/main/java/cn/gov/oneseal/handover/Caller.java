package cn.gov.oneseal.handover;

import cn.gov.oneseal.security.Role;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** The officer asking: the user, their groups and their bureaus (tenants). */
public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

  public Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    tenantIds = tenantIds == null ? List.of() : List.copyOf(tenantIds);
  }

  public static Caller of(Authentication authentication) {
    return new Caller(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds());
  }

  public boolean isAdmin() {
    return groupIds.contains(Role.ADMIN_GROUP);
  }

  /** Whether the caller works for the bureau (administrators see them all). */
  public boolean sees(String bureau) {
    return isAdmin() || bureau == null || tenantIds.contains(bureau);
  }
}
