package cn.gov.oneseal.directory;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.directory}: how the directory's groups and units map to OneSeal (src/docs/directory.md). The
 * connection itself is {@code oneseal.directory.ldap} (the properties of Camunda's LDAP plugin).
 *
 * @param groups OneSeal group id (a role, a regulator's or department's group, {@code camunda-admin}, the API
 *     clients' groups) → the directory group's name (the value of the plugin's {@code group-id-attribute})
 * @param bureaus bureau id (of {@code oneseal.bureaus}) → where its officers are in the directory
 */
@ConfigurationProperties("oneseal.directory")
public record DirectoryProperties(Map<String, String> groups, Map<String, BureauRule> bureaus) {

  public DirectoryProperties {
    groups = groups == null ? Map.of() : Map.copyOf(groups);
    bureaus = bureaus == null ? Map.of() : Map.copyOf(bureaus);
  }

  /**
   * An officer belongs to the bureau if their entry lies under {@code ou} (a DN relative to the base DN, e.g.
   * {@code ou=甲县行政审批局,ou=people}) or they are a member of the directory group named {@code group}; either may
   * be left out.
   */
  public record BureauRule(String ou, String group) {}
}
