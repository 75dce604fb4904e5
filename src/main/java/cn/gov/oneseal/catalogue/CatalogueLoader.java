package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates the catalogue file against the deployed processes. All problems are collected
 * and reported together, each with the item and the field, so an analyst can fix the file in one
 * pass (each item by {@link ItemReader}). Processes whose key starts with {@value #STAGE_PREFIX} (shared stages) or
 * {@value #SUPERVISION_PREFIX} (e-supervision), {@value #COMMITMENT_PREFIX} (告知承诺 verification) or
 * {@value #INTEGRATION_PREFIX} (other systems) need no item.
 */
public final class CatalogueLoader {

  public static final String STAGE_PREFIX = "Stage_";
  public static final String SUPERVISION_PREFIX = "Supervision_";
  public static final String COMMITMENT_PREFIX = "Commitment_";
  public static final String INTEGRATION_PREFIX = "Integration_";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private CatalogueLoader() {}

  public static ItemCatalogue read(InputStream in, String name, Set<String> processKeys) {
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
      } else if (!processKeys.contains(code)) {
        problems.add(where + ": processes/ 中没有流程键为 " + code + " 的 BPMN 流程");
      }
      items.add(ItemReader.read(node, code, where, problems));
    }
    Set<String> orphans = new TreeSet<>(processKeys);
    orphans.removeAll(codes);
    orphans.removeIf(key -> key.startsWith(STAGE_PREFIX) || key.startsWith(SUPERVISION_PREFIX)
        || key.startsWith(COMMITMENT_PREFIX) || key.startsWith(INTEGRATION_PREFIX));
    for (String orphan : orphans) {
      problems.add(orphan + ": 流程 " + orphan + " 不在事项目录中（共享环节的流程键须以 " + STAGE_PREFIX + " 开头，电子监察流程以 "
          + SUPERVISION_PREFIX + "、告知承诺核查流程以 " + COMMITMENT_PREFIX
          + "、接口流程以 " + INTEGRATION_PREFIX + " 开头）");
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return new ItemCatalogue(items);
  }
}
