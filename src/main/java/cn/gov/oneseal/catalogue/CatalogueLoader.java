package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the catalogue file. All problems are collected and reported together, each
 * with the item and the field, so an analyst can fix the file in one pass.
 */
public final class CatalogueLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<Stage> CLOCKED_STAGES = Set.of(Stage.SURVEY, Stage.REVIEW, Stage.DECISION);

  private CatalogueLoader() {}

  public static ItemCatalogue read(InputStream in, String name) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (IOException e) {
      throw new CatalogueException(List.of(name + ": YAML 无法解析: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    List<ApprovalItem> items = new ArrayList<>();
    JsonNode list = root == null ? null : root.get("items");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new CatalogueException(List.of(name + ": 缺少 items 列表"));
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String code = node.path("code").asText("");
      String where = code.isBlank() ? "items[" + i + "]" : code;
      if (code.isBlank()) {
        problems.add(where + ".code: 必填");
      } else if (!code.matches("[A-Za-z_][A-Za-z0-9_\\-]*")) {
        problems.add(where + ".code: 须为 BPMN 流程键（字母开头，仅字母、数字、_、-）");
      } else if (!codes.add(code)) {
        problems.add(where + ".code: 重复的事项编码");
      }
      String itemName = required(node, "name", where, problems);
      String regulatorDepartment = required(node.path("regulator"), "department", where + ".regulator", problems);
      String regulatorGroup = required(node.path("regulator"), "group", where + ".regulator", problems);
      int statutory = positive(node, "statutoryLimit", where, problems);
      int promised = positive(node, "promisedLimit", where, problems);
      if (statutory > 0 && promised > statutory) {
        problems.add(where + ".promisedLimit: 承诺时限 " + promised + " 个工作日超过法定时限 " + statutory + " 个工作日");
      }
      Map<Stage, Integer> stageLimits = new EnumMap<>(Stage.class);
      JsonNode stages = node.path("stageLimits");
      for (Stage stage : Stage.values()) {
        JsonNode value = stages.get(stage.key());
        if (value == null || !value.canConvertToInt() || value.asInt() <= 0) {
          problems.add(where + ".stageLimits." + stage.key() + ": 须为正整数（" + stage.label() + "环节工作日）");
        } else {
          stageLimits.put(stage, value.asInt());
        }
      }
      int clocked = CLOCKED_STAGES.stream().mapToInt(s -> stageLimits.getOrDefault(s, 0)).sum();
      if (promised > 0 && clocked > promised) {
        problems.add(where + ".stageLimits: 勘验、审查、决定环节时限之和 " + clocked + " 超过承诺时限 " + promised);
      }
      JsonNode licence = node.path("licence");
      String prefix = licence.path("prefix").asText("");
      if (!prefix.matches("[A-Z]{1,4}")) {
        problems.add(where + ".licence.prefix: 须为 1–4 个大写字母");
      }
      int validity = positive(licence, "validityYears", where + ".licence", problems);
      List<Material> materials = readMaterials(node.path("materials"), where, problems);
      items.add(new ApprovalItem(code, itemName, node.path("legalBasis").asText(""), regulatorDepartment,
          regulatorGroup, statutory, promised, stageLimits, prefix, validity, materials));
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return new ItemCatalogue(items);
  }

  private static List<Material> readMaterials(JsonNode list, String where, List<String> problems) {
    List<Material> materials = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      problems.add(where + ".materials: 须列出申请材料");
      return materials;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String at = where + ".materials[" + i + "]";
      String code = required(node, "code", at, problems);
      if (!code.isBlank() && !codes.add(code)) {
        problems.add(at + ".code: 材料编码 " + code + " 重复");
      }
      String name = required(node, "name", at, problems);
      String kind = node.path("kind").asText("");
      if (!kind.equals("main") && !kind.equals("secondary")) {
        problems.add(at + ".kind: 须为 main（主要材料）或 secondary（次要材料）");
      }
      materials.add(new Material(code, name, kind.equals("main"), node.path("required").asBoolean(true)));
    }
    return materials;
  }

  private static String required(JsonNode node, String field, String where, List<String> problems) {
    String value = node.path(field).asText("");
    if (value.isBlank()) {
      problems.add(where + "." + field + ": 必填");
    }
    return value;
  }

  private static int positive(JsonNode node, String field, String where, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || value.asInt() <= 0) {
      problems.add(where + "." + field + ": 须为正整数");
      return 0;
    }
    return value.asInt();
  }
}
