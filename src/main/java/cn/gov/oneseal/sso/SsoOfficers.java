package cn.gov.oneseal.sso;

import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * The officer a token names: the user id of the token (its configured claim), known to the identity service (else
 * nobody — an account the directory removed is refused at once, whatever the token), with the groups of the
 * configured claim when the token has it and otherwise those of the identity service; bureaus from the identity
 * service.
 */
final class SsoOfficers {

  private final String groupsClaim;
  private final Map<String, String> groupIdOf = new HashMap<>();

  /** @param groupNames OneSeal group id → the provider's name ({@code oneseal.directory.groups}) */
  SsoOfficers(SsoProperties properties, Map<String, String> groupNames) {
    this.groupsClaim = properties.groupsClaim();
    groupNames.forEach((id, name) -> groupIdOf.put(name.toLowerCase(), id));
  }

  /** Who the token is, or unsuccessful. */
  AuthenticationResult resolve(ProcessEngine engine, String userId, Map<String, Object> claims) {
    if (userId == null || userId.isBlank() || AsSystem.call(engine,
        () -> engine.getIdentityService().createUserQuery().userId(userId).count()) == 0) {
      return AuthenticationResult.unsuccessful(userId);
    }
    AuthenticationResult result = AuthenticationResult.successful(userId);
    List<String> groups = groups(claims);
    if (groups != null) {
      result.setGroups(groups);
    }
    return result;
  }

  /** The groups of the token's claim, as OneSeal's ids; null where the identity service says. */
  List<String> groups(Map<String, Object> claims) {
    Object value = groupsClaim == null || claims == null ? null : claims.get(groupsClaim);
    if (value == null) {
      return null;
    }
    Collection<?> names = value instanceof Collection<?> list ? list : Arrays.asList(String.valueOf(value).split(","));
    List<String> groups = new ArrayList<>();
    for (Object name : names) {
      String text = String.valueOf(name).trim();
      String id = groupIdOf.isEmpty() ? text : groupIdOf.get(text.toLowerCase());
      if (id != null && !id.isEmpty() && !groups.contains(id)) {
        groups.add(id);
      }
    }
    return groups;
  }
}
