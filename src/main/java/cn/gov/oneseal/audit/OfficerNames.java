package cn.gov.oneseal.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The officers as auditors know them: "王强（reviewer1）" for a known user, the id as recorded otherwise. */
@Component
class OfficerNames {

  private final IdentityService identity;

  OfficerNames(IdentityService identity) {
    this.identity = identity;
  }

  /** User id → "王强（reviewer1）" for the known users among the ids (nulls ignored). */
  Map<String, String> of(List<String> userIds) {
    Set<String> ids = new HashSet<>();
    userIds.stream().filter(Objects::nonNull).forEach(ids::add);
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
          .filter(u -> u.getFirstName() != null && !u.getFirstName().isBlank())
          .forEach(u -> names.put(u.getId(), u.getFirstName() + "（" + u.getId() + "）"));
    }
    return names;
  }

  /** The officer's name among {@code names}, else the id as recorded. */
  static String name(Map<String, String> names, String id) {
    return id == null ? null : names.getOrDefault(id, id);
  }
}
