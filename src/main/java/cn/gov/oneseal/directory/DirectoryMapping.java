package cn.gov.oneseal.directory;

import cn.gov.oneseal.bureau.Bureau;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

/**
 * The directory's names for OneSeal's groups and bureaus, both ways. Checked when the application starts: a
 * mapping that names an unknown bureau, a group twice, or a malformed OU stops it with the list of problems.
 */
final class DirectoryMapping {

  private final Map<String, String> directoryNameOf;
  private final Map<String, String> groupIdOf = new HashMap<>();
  private final Map<String, Bureau> bureaus = new LinkedHashMap<>();
  private final Map<String, LdapName> bureauOus = new LinkedHashMap<>();
  private final Map<String, String> bureauOfGroup = new LinkedHashMap<>();

  DirectoryMapping(DirectoryProperties properties, List<Bureau> configuredBureaus, String baseDn) {
    List<String> problems = new ArrayList<>();
    directoryNameOf = Map.copyOf(properties.groups());
    directoryNameOf.forEach((id, name) -> {
      if (name == null || name.isBlank()) {
        problems.add("oneseal.directory.groups." + id + ": 未填目录中的组名");
      } else if (groupIdOf.putIfAbsent(name.toLowerCase(), id) != null) {
        problems.add("oneseal.directory.groups: 目录组 " + name + " 对应了两个组（" + groupIdOf.get(name.toLowerCase())
            + "、" + id + "）");
      }
    });
    configuredBureaus.forEach(b -> bureaus.put(b.id(), b));
    properties.bureaus().forEach((bureau, rule) -> {
      String at = "oneseal.directory.bureaus." + bureau;
      if (!bureaus.containsKey(bureau)) {
        problems.add(at + ": 不是 oneseal.bureaus 中的局 " + bureaus.keySet());
      } else if (rule == null || blank(rule.ou()) && blank(rule.group())) {
        problems.add(at + ": 须填 ou 或 group");
      } else {
        if (!blank(rule.ou())) {
          try {
            bureauOus.put(bureau, new LdapName(blank(baseDn) ? rule.ou() : rule.ou() + "," + baseDn));
          } catch (InvalidNameException e) {
            problems.add(at + ".ou: 不是有效的 DN: " + rule.ou());
          }
        }
        if (!blank(rule.group()) && bureauOfGroup.putIfAbsent(rule.group().toLowerCase(), bureau) != null) {
          problems.add(at + ".group: 目录组 " + rule.group() + " 已对应另一个局");
        }
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException("目录（LDAP）映射配置有误：\n - " + String.join("\n - ", problems));
    }
  }

  /** The directory's name of a OneSeal group; null if the directory has none. */
  String directoryName(String groupId) {
    return groupId == null ? null : directoryNameOf.get(groupId);
  }

  /** The OneSeal group of a directory group; null if it is not one of ours. */
  String groupId(String directoryName) {
    return directoryName == null ? null : groupIdOf.get(directoryName.toLowerCase());
  }

  /** The directory names of every mapped group. */
  List<String> directoryNames() {
    return List.copyOf(directoryNameOf.values());
  }

  /** The bureaus, as configured. */
  List<Bureau> bureaus() {
    return List.copyOf(bureaus.values());
  }

  /** The bureaus whose OU holds the entry. */
  List<String> bureausByOu(LdapName entry) {
    List<String> found = new ArrayList<>();
    bureauOus.forEach((bureau, ou) -> {
      if (entry.startsWith(ou.getRdns())) {
        found.add(bureau);
      }
    });
    return found;
  }

  /** The directory groups that make a bureau's officers. */
  List<String> bureauGroups() {
    return List.copyOf(bureauOfGroup.keySet());
  }

  /** The bureau of a directory group of {@link #bureauGroups()}; null for another group. */
  String bureauOfGroup(String directoryName) {
    return directoryName == null ? null : bureauOfGroup.get(directoryName.toLowerCase());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
