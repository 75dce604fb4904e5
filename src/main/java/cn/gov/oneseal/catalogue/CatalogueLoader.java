package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates the catalogue file against the deployed processes. All problems are collected
 * and reported together, each with the item and the field, so an analyst can fix the file in one
 * pass (each item by {@link ItemReader}). Processes whose key starts with {@value #STAGE_PREFIX} (shared stages) or
 * {@value #SUPERVISION_PREFIX} (e-supervision), {@value #COMMITMENT_PREFIX} (告知承诺 verification) or
 * {@value #INTEGRATION_PREFIX} (other systems), {@value #GOVERNANCE_PREFIX} (the bureau's own) or
 * {@value #CONSULTATION_PREFIX} (征求意见 on a case's step) need no item. The same rules check an item's entry wherever it comes
 * from: the file, the database's versions, or an analyst's change through the API ({@link #item}).
 */
public final class CatalogueLoader {

  public static final String STAGE_PREFIX = "Stage_";
  public static final String SUPERVISION_PREFIX = "Supervision_";
  public static final String COMMITMENT_PREFIX = "Commitment_";
  public static final String INTEGRATION_PREFIX = "Integration_";
  /** The bureau's own governance (e.g. the approval of an analyst's model change). */
  public static final String GOVERNANCE_PREFIX = "Governance_";
  /** An officer's consultation on a case's step (征求意见). */
  public static final String CONSULTATION_PREFIX = "Consultation_";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private CatalogueLoader() {}

  /**
   * The catalogue of the file, checked against the process keys ({@code null}: not checked against processes, as
   * the build does when it generates the start forms).
   */
  public static ItemCatalogue read(InputStream in, String name, Set<String> processKeys) {
    Map<String, JsonNode> entries = entries(parse(in, name), name, processKeys);
    List<ApprovalItem> items = new ArrayList<>();
    entries.forEach((code, entry) -> items.add(item(entry, code)));
    return new ItemCatalogue(items);
  }

  /** The file's YAML. */
  static JsonNode parse(InputStream in, String name) {
    try {
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new CatalogueException(List.of(name + ": YAML 无法解析: " + e.getMessage()));
    }
  }

  /**
   * The file's entries by item code, in the file's order, each checked by the rules; every problem of the file
   * (codes, processes, every item's fields) is thrown together.
   */
  static Map<String, JsonNode> entries(JsonNode root, String name, Set<String> processKeys) {
    List<String> problems = new ArrayList<>();
    JsonNode list = root == null ? null : root.get("items");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new CatalogueException(List.of(name + ": 缺少 items 列表"));
    }
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String code = node.path("code").asText("");
      String where = code.isBlank() ? "items[" + i + "]" : code;
      if (code.isBlank()) {
        problems.add(where + ".code: 必填");
      } else if (!code.matches("[A-Za-z_][A-Za-z0-9_\\-]*") || code.length() > 64) {
        problems.add(where + ".code: 须为 BPMN 流程键（字母开头，仅字母、数字、_、-，不超过 64 个字符）");
      } else if (entries.containsKey(code)) {
        problems.add(where + ".code: 重复的事项编码");
      } else if (processKeys != null && !processKeys.contains(code)) {
        problems.add(where + ": processes/ 中没有流程键为 " + code + " 的 BPMN 流程");
      }
      ItemReader.read(node, code, where, problems);
      if (!code.isBlank()) {
        entries.putIfAbsent(code, node);
      }
    }
    if (processKeys != null) {
      Set<String> orphans = new TreeSet<>(processKeys);
      orphans.removeAll(entries.keySet());
      orphans.removeIf(CatalogueLoader::isSharedProcess);
      for (String orphan : orphans) {
        problems.add(orphan + ": 流程 " + orphan + " 不在事项目录中（共享环节的流程键须以 " + STAGE_PREFIX + " 开头，电子监察流程以 "
            + SUPERVISION_PREFIX + "、告知承诺核查流程以 " + COMMITMENT_PREFIX
            + "、接口流程以 " + INTEGRATION_PREFIX + "、本局管理流程以 " + GOVERNANCE_PREFIX
            + "、征求意见流程以 " + CONSULTATION_PREFIX + " 开头）");
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return entries;
  }

  /** Whether the process is one of the bureau's shared ones (a stage, e-supervision…), which needs no item. */
  public static boolean isSharedProcess(String key) {
    return key.startsWith(STAGE_PREFIX) || key.startsWith(SUPERVISION_PREFIX) || key.startsWith(COMMITMENT_PREFIX)
        || key.startsWith(INTEGRATION_PREFIX) || key.startsWith(GOVERNANCE_PREFIX)
        || key.startsWith(CONSULTATION_PREFIX);
  }

  /** One item's entry checked by the rules: its item, or every problem ({@code code.field: …}) thrown together. */
  public static ApprovalItem item(JsonNode entry, String code) {
    List<String> problems = new ArrayList<>();
    ApprovalItem item = ItemReader.read(entry, code, code, problems);
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return item;
  }

  /** One item's entry read with the fallbacks, whatever its problems (an old version, kept as it was). */
  static ApprovalItem lenient(JsonNode entry, String code) {
    return ItemReader.read(entry, code, code, new ArrayList<>());
  }
}
