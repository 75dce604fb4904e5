package cn.gov.oneseal.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The authenticated caller of the bureau's API (set by the authentication filter). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Authentication get() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "请先登录");
    }
    return authentication;
  }

  /** The caller, who must belong to one of the groups (administrators always do). */
  public Authentication requireAnyGroup(Set<String> groups, String what) {
    Authentication authentication = get();
    List<String> own = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    if (own.contains(Role.ADMIN_GROUP) || own.stream().anyMatch(groups::contains)) {
      return authentication;
    }
    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权" + what);
  }

  /** Whether the caller works for the bureau (or administers them all). */
  public boolean sees(Authentication authentication, String bureauId) {
    return isAdmin(authentication)
        || (authentication.getTenantIds() != null && authentication.getTenantIds().contains(bureauId));
  }

  public boolean isAdmin(Authentication authentication) {
    return authentication.getGroupIds() != null && authentication.getGroupIds().contains(Role.ADMIN_GROUP);
  }
}
