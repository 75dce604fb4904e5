package cn.gov.oneseal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.bureau.Bureau;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.ldap.LdapName;
import org.junit.jupiter.api.Test;

/** The directory mapping an operator writes: what it maps, and each mistake stopping the start with its reason. */
class DirectoryMappingTest {

  static final List<Bureau> BUREAUS = List.of(new Bureau("city", "某市行政审批服务局", "320500", true),
      new Bureau("countyA", "某市甲县行政审批局", "320581", false));
  static final String BASE = "dc=bureau,dc=example";

  @Test
  void groupsMapBothWaysAndBureausByOuAndGroup() throws Exception {
    DirectoryMapping mapping = new DirectoryMapping(new DirectoryProperties(Map.of("reviewer", "审批局-审查员"),
        Map.of("city", new DirectoryProperties.BureauRule(null, "审批局-市本级"),
            "countyA", new DirectoryProperties.BureauRule("ou=甲县行政审批局,ou=people", null))), BUREAUS, BASE);
    assertThat(mapping.directoryName("reviewer")).isEqualTo("审批局-审查员");
    assertThat(mapping.groupId("审批局-审查员")).isEqualTo("reviewer");
    assertThat(mapping.groupId("审批局-财务")).as("not ours").isNull();
    assertThat(mapping.bureauOfGroup("审批局-市本级")).isEqualTo("city");
    assertThat(mapping.bureausByOu(new LdapName("uid=awindow1,ou=甲县行政审批局,ou=people," + BASE)))
        .containsExactly("countyA");
    assertThat(mapping.bureausByOu(new LdapName("uid=window1,ou=市行政审批服务局,ou=people," + BASE))).isEmpty();
    assertThat(mapping.bureausByOu(new LdapName("UID=x,OU=甲县行政审批局,OU=People,DC=Bureau,DC=example")))
        .as("DNs compare as LDAP compares them").containsExactly("countyA");
  }

  @Test
  void everyMistakeIsNamedAndTheStartStops() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("reviewer", "审批局-审查员");
    groups.put("decider", "审批局-审查员");
    groups.put("window", " ");
    Map<String, DirectoryProperties.BureauRule> bureaus = new LinkedHashMap<>();
    bureaus.put("nowhere", new DirectoryProperties.BureauRule(null, "某组"));
    bureaus.put("city", new DirectoryProperties.BureauRule(null, null));
    bureaus.put("countyA", new DirectoryProperties.BureauRule("not a dn", null));
    assertThatThrownBy(() -> new DirectoryMapping(new DirectoryProperties(groups, bureaus), BUREAUS, BASE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("目录组 审批局-审查员 对应了两个组")
        .hasMessageContaining("oneseal.directory.groups.window: 未填目录中的组名")
        .hasMessageContaining("oneseal.directory.bureaus.nowhere: 不是 oneseal.bureaus 中的局")
        .hasMessageContaining("oneseal.directory.bureaus.city: 须填 ou 或 group")
        .hasMessageContaining("oneseal.directory.bureaus.countyA.ou: 不是有效的 DN");
  }
}
