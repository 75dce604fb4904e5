package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a new version of an item changed, in Chinese, as its history shows it: the promised limit, each stage limit,
 * the materials added, removed or changed, the 容缺 list — and, for a version from the file, which other fields the
 * file changed.
 */
final class CatalogueChanges {

  /** The catalogue file's fields by their Chinese names (those the API does not change). */
  private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "事项名称"),
      Map.entry("legalBasis", "设定依据"), Map.entry("type", "办件类型"), Map.entry("regulator", "监管部门"),
      Map.entry("delegation", "权限下放方式"), Map.entry("statutoryLimit", "法定时限"), Map.entry("countsFrom", "法定时限起算"),
      Map.entry("extensionLimit", "延期时限"), Map.entry("survey", "现场勘验"), Map.entry("surveyParticipants", "勘验参与方"),
      Map.entry("commitment", "告知承诺"), Map.entry("fees", "收费"), Map.entry("licence", "许可证"),
      Map.entry("followUp", "回访"), Map.entry("businessScopes", "主体业态"), Map.entry("jointDepartments", "联办部门"),
      Map.entry("higherOrgan", "上级决定机关"), Map.entry("code", "事项编码"));

  private CatalogueChanges() {}

  /** The changes from {@code before} to {@code after} (entries and their items), joined with "；". */
  static String describe(JsonNode beforeEntry, ApprovalItem before, JsonNode afterEntry, ApprovalItem after) {
    List<String> changes = new ArrayList<>();
    if (before.promisedLimit() != after.promisedLimit()) {
      changes.add("承诺时限 " + before.promisedLimit() + " → " + after.promisedLimit() + " 个工作日");
    }
    for (Stage stage : Stage.values()) {
      Integer was = before.stageLimits().get(stage);
      Integer is = after.stageLimits().get(stage);
      if (!Objects.equals(was, is)) {
        changes.add(stage.label() + "环节时限 " + (was == null ? "无" : was) + " → " + (is == null ? "无" : is + " 个工作日"));
      }
    }
    materials(before.materials(), after.materials(), changes);
    deficiency(before.deficiency(), after.deficiency(), changes);
    Set<String> keys = new LinkedHashSet<>();
    beforeEntry.fieldNames().forEachRemaining(keys::add);
    afterEntry.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      if (FIELDS.containsKey(key) && !Objects.equals(beforeEntry.get(key), afterEntry.get(key))) {
        changes.add(FIELDS.get(key) + "（" + key + "）按事项目录文件修改");
      }
    }
    return changes.isEmpty() ? "未改变" : String.join("；", changes);
  }

  private static void materials(List<Material> before, List<Material> after, List<String> changes) {
    Map<String, Material> was = before.stream().collect(Collectors.toMap(Material::code, Function.identity()));
    Map<String, Material> is = after.stream().collect(Collectors.toMap(Material::code, Function.identity()));
    for (Material m : after) {
      if (!was.containsKey(m.code())) {
        changes.add("新增材料 " + m.code() + " " + describe(m));
      } else if (!was.get(m.code()).equals(m)) {
        changes.add("材料 " + m.code() + " 改为 " + describe(m));
      }
    }
    for (Material m : before) {
      if (!is.containsKey(m.code())) {
        changes.add("删除材料 " + m.code() + " " + m.name());
      }
    }
    List<String> order = after.stream().map(Material::code).filter(was::containsKey).toList();
    if (!order.equals(before.stream().map(Material::code).filter(is::containsKey).toList())) {
      changes.add("材料顺序改为 " + String.join("、", after.stream().map(Material::code).toList()));
    }
  }

  private static String describe(Material m) {
    return m.name() + "（" + (m.main() ? "主要材料" : "次要材料") + (m.required() ? "" : "，如有") + "）";
  }

  private static void deficiency(ApprovalItem.Deficiency before, ApprovalItem.Deficiency after, List<String> changes) {
    if (before.allowed() != after.allowed()) {
      changes.add("容缺受理 " + (before.allowed() ? "允许" : "不允许") + " → " + (after.allowed() ? "允许" : "不允许"));
    }
    if (!before.materials().equals(after.materials())) {
      changes.add("容缺材料 " + list(before.materials()) + " → " + list(after.materials()));
    }
    if (before.afterLicence() != after.afterLicence()) {
      changes.add("容缺材料领证后补交 " + (before.afterLicence() ? "是" : "否") + " → " + (after.afterLicence() ? "是" : "否"));
    }
    if (!before.exclusionReason().equals(after.exclusionReason())) {
      changes.add("不适用容缺的理由改为“" + after.exclusionReason() + "”");
    }
  }

  private static String list(List<String> codes) {
    return codes.isEmpty() ? "无" : String.join("、", codes);
  }
}
