package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.catalogue.ApprovalItem.Commitment;
import cn.gov.oneseal.catalogue.ApprovalItem.CountsFrom;
import cn.gov.oneseal.catalogue.ApprovalItem.Deficiency;
import cn.gov.oneseal.catalogue.ApprovalItem.Delegation;
import cn.gov.oneseal.catalogue.ApprovalItem.Department;
import cn.gov.oneseal.catalogue.ApprovalItem.FollowUp;
import cn.gov.oneseal.catalogue.ApprovalItem.SurveyMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates the catalogue file against the deployed processes. All problems are collected
 * and reported together, each with the item and the field, so an analyst can fix the file in one
 * pass. Processes whose key starts with {@value #STAGE_PREFIX} (shared stages) or
 * {@value #SUPERVISION_PREFIX} (e-supervision), {@value #COMMITMENT_PREFIX} (告知承诺 verification) or
 * {@value #INTEGRATION_PREFIX} (other systems) need no item.
 */
public final class CatalogueLoader {

  public static final String STAGE_PREFIX = "Stage_";
  public static final String SUPERVISION_PREFIX = "Supervision_";
  public static final String COMMITMENT_PREFIX = "Commitment_";
  public static final String INTEGRATION_PREFIX = "Integration_";
  /** Licensing Law art. 32: a correction notice later than 5 WD after receipt means acceptance. */
  static final int MAX_INTAKE = 5;
  /** Licensing Law art. 43: the first examination of a 上报件 takes at most 20 WD. */
  static final int MAX_REPORT_REVIEW = 20;
  /** Licensing Law art. 44: licences are issued and delivered within 10 WD of the decision. */
  static final int MAX_DELIVERY = 10;

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
      items.add(readItem(node, code, where, problems));
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

  private static ApprovalItem readItem(JsonNode node, String code, String where, List<String> problems) {
    String itemName = required(node, "name", where, problems);
    ItemType type = enumValue(node, "type", ItemType.class, where, problems, ItemType.PROMISE);
    JsonNode regulator = node.path("regulator");
    String regulatorDepartment = required(regulator, "department", where + ".regulator", problems);
    String regulatorGroup = groupId(regulator, "group", where + ".regulator", problems);
    Delegation delegation = enumValue(node, "delegation", Delegation.class, where, problems, Delegation.COUNTY);
    CountsFrom countsFrom = enumValue(node, "countsFrom", CountsFrom.class, where, problems, CountsFrom.ACCEPTANCE);
    int statutory = number(node, "statutoryLimit", where, problems, 1);
    int promised = number(node, "promisedLimit", where, problems, type == ItemType.INSTANT ? 0 : 1);
    if (statutory > 0 && promised > statutory) {
      problems.add(where + ".promisedLimit: 承诺时限 " + promised + " 个工作日超过法定时限 " + statutory + " 个工作日");
    }
    if (type == ItemType.INSTANT && promised > 0) {
      problems.add(where + ".promisedLimit: 即办件当场办结，承诺时限应为 0");
    }
    int extension = number(node, "extensionLimit", where, problems, 0);
    SurveyMode survey = enumValue(node, "survey", SurveyMode.class, where, problems, SurveyMode.NONE);
    if (type == ItemType.INSTANT && survey != SurveyMode.NONE) {
      problems.add(where + ".survey: 即办件当场办结，不能安排现场勘验");
    }

    Map<Stage, Integer> stageLimits = readStages(node.path("stageLimits"), type, survey, promised, where, problems);

    List<Material> materials = readMaterials(node.path("materials"), where, problems);

    JsonNode commitmentNode = node.path("commitment");
    boolean commitmentAllowed = commitmentNode.path("allowed").asBoolean(false);
    int verification = commitmentAllowed ? number(commitmentNode, "verificationLimit", where + ".commitment", problems, 1) : 0;
    if (commitmentAllowed && !type.allowsCommitment()) {
      problems.add(where + ".commitment.allowed: " + type.label() + "不能适用告知承诺（须由本局当场作出决定）");
    }

    JsonNode deficiencyNode = node.path("deficiency");
    boolean deficiencyAllowed = deficiencyNode.path("allowed").asBoolean(false);
    List<String> deficient = new ArrayList<>();
    deficiencyNode.path("materials").forEach(m -> deficient.add(m.asText()));
    if (deficiencyAllowed && !type.allowsDeficiencyAcceptance()) {
      problems.add(where + ".deficiency.allowed: " + type.label() + "不适用容缺受理");
    }
    if (deficiencyAllowed && deficient.isEmpty()) {
      problems.add(where + ".deficiency.materials: 允许容缺时须列出可容缺的材料");
    }
    if (!deficiencyAllowed && !deficient.isEmpty()) {
      problems.add(where + ".deficiency.materials: 未允许容缺却列出了容缺材料");
    }
    for (String materialCode : deficient) {
      Optional<Material> material = materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
      if (material.isEmpty()) {
        problems.add(where + ".deficiency.materials: 容缺材料 " + materialCode + " 不在本事项的材料清单中");
      } else if (material.get().main()) {
        problems.add(where + ".deficiency.materials: " + materialCode + "（" + material.get().name()
            + "）是主要材料，主要材料不得容缺");
      }
    }

    JsonNode licence = node.path("licence");
    String prefix = licence.path("prefix").asText("");
    if (!prefix.matches("[A-Z]{1,4}")) {
      problems.add(where + ".licence.prefix: 须为 1–4 个大写字母");
    }
    Optional<Period> validity = Optional.empty();
    String validityText = licence.path("validity").asText("");
    if (!validityText.isBlank() && !validityText.equals("长期")) {
      try {
        validity = Optional.of(Period.parse(validityText));
      } catch (DateTimeParseException e) {
        problems.add(where + ".licence.validity: \"" + validityText + "\" 应为 ISO 期间（如 P5Y、P3M）或“长期”");
      }
    }

    List<Department> departments = departments(node, "jointDepartments", where, problems);
    if (type == ItemType.JOINT && departments.size() < 2) {
      problems.add(where + ".jointDepartments: 联办件须列出至少两个参与部门");
    }
    if (type != ItemType.JOINT && !departments.isEmpty()) {
      problems.add(where + ".jointDepartments: 只有联办件才有参与部门");
    }
    List<Department> surveyParticipants = departments(node, "surveyParticipants", where, problems);
    if (survey != SurveyMode.NONE && surveyParticipants.isEmpty()) {
      problems.add(where + ".surveyParticipants: 有现场勘验的事项须列出可参与勘验的部门或专家");
    }
    if (survey == SurveyMode.NONE && !surveyParticipants.isEmpty()) {
      problems.add(where + ".surveyParticipants: 不勘验的事项不应列出勘验参与方");
    }
    String higherOrgan = node.path("higherOrgan").asText("");
    if (type == ItemType.REPORT && higherOrgan.isBlank()) {
      problems.add(where + ".higherOrgan: 上报件须写明作出决定的上级机关");
    }

    Map<String, String> scopes = new java.util.LinkedHashMap<>();
    node.path("businessScopes").fields().forEachRemaining(e -> scopes.put(e.getKey(), e.getValue().asText()));
    return new ApprovalItem(code, itemName, node.path("legalBasis").asText(""), type, regulatorDepartment,
        regulatorGroup, delegation, statutory, countsFrom, promised, extension, stageLimits, survey,
        new Commitment(commitmentAllowed, verification),
        new Deficiency(deficiencyAllowed, deficient, deficiencyNode.path("exclusionReason").asText(""),
            deficiencyNode.path("afterLicence").asBoolean(false)),
        required(node, "fees", where, problems), prefix, validity, materials, departments, higherOrgan, scopes,
        surveyParticipants, readFollowUp(node.path("followUp"), where, problems));
  }

  /** 回访: absent means the documented default; else 1 … {@value ApprovalItem.FollowUp#MAX_AFTER_WORKING_DAYS} WD. */
  private static FollowUp readFollowUp(JsonNode node, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return new FollowUp(FollowUp.DEFAULT_AFTER_WORKING_DAYS);
    }
    JsonNode value = node.get("afterWorkingDays");
    if (value == null || !value.canConvertToInt() || value.asInt() < 1
        || value.asInt() > FollowUp.MAX_AFTER_WORKING_DAYS) {
      problems.add(where + ".followUp.afterWorkingDays: 须为 1 到 " + FollowUp.MAX_AFTER_WORKING_DAYS
          + " 之间的整数（办结送达后第几个工作日回访）");
      return new FollowUp(FollowUp.DEFAULT_AFTER_WORKING_DAYS);
    }
    return new FollowUp(value.asInt());
  }

  private static List<Department> departments(JsonNode node, String field, String where, List<String> problems) {
    List<Department> departments = new ArrayList<>();
    JsonNode nodes = node.path(field);
    for (int i = 0; i < nodes.size(); i++) {
      String at = where + "." + field + "[" + i + "]";
      departments.add(new Department(groupId(nodes.get(i), "group", at, problems),
          required(nodes.get(i), "name", at, problems)));
    }
    return departments;
  }

  /** The stages each item type has; the survey only where the item may hold one. */
  static Set<Stage> stagesOf(ItemType type, SurveyMode survey) {
    Set<Stage> stages = switch (type) {
      case INSTANT -> EnumSet.of(Stage.INTAKE, Stage.DELIVERY, Stage.SIGN_FOR);
      case PROMISE -> EnumSet.of(Stage.INTAKE, Stage.REVIEW, Stage.DECISION, Stage.DELIVERY, Stage.SIGN_FOR);
      case REPORT -> EnumSet.of(Stage.INTAKE, Stage.REVIEW, Stage.DELIVERY, Stage.SIGN_FOR);
      case JOINT -> EnumSet.of(Stage.INTAKE, Stage.OPINIONS, Stage.DECISION, Stage.DELIVERY, Stage.SIGN_FOR);
    };
    if (survey != SurveyMode.NONE) {
      stages.add(Stage.SURVEY);
    }
    return stages;
  }

  private static Map<Stage, Integer> readStages(JsonNode node, ItemType type, SurveyMode survey, int promised,
      String where, List<String> problems) {
    Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
    Set<Stage> expected = stagesOf(type, survey);
    for (Stage stage : Stage.values()) {
      JsonNode value = node.get(stage.key());
      String at = where + ".stageLimits." + stage.key();
      if (!expected.contains(stage)) {
        if (value != null) {
          problems.add(at + ": " + type.label() + (stage == Stage.SURVEY ? "（无现场勘验）" : "") + "没有" + stage.label() + "环节");
        }
        continue;
      }
      int minimum = type == ItemType.INSTANT && stage == Stage.INTAKE ? 0 : 1;
      if (value == null || !value.canConvertToInt() || value.asInt() < minimum) {
        problems.add(at + ": 须为" + (minimum == 0 ? "非负" : "正") + "整数（" + stage.label() + "环节工作日）");
        continue;
      }
      limits.put(stage, value.asInt());
    }
    if (limits.getOrDefault(Stage.INTAKE, 0) > MAX_INTAKE) {
      problems.add(where + ".stageLimits.intake: 受理环节不得超过 " + MAX_INTAKE + " 个工作日（行政许可法第三十二条）");
    }
    if (type == ItemType.REPORT && limits.getOrDefault(Stage.REVIEW, 0) > MAX_REPORT_REVIEW) {
      problems.add(where + ".stageLimits.review: 上报件初审不得超过 " + MAX_REPORT_REVIEW + " 个工作日（第四十三条）");
    }
    if (limits.getOrDefault(Stage.DELIVERY, 0) > MAX_DELIVERY) {
      problems.add(where + ".stageLimits.delivery: 制证送达不得超过 " + MAX_DELIVERY + " 个工作日（第四十四条）");
    }
    int clocked = 0;
    for (Stage stage : List.of(Stage.SURVEY, Stage.REVIEW, Stage.OPINIONS, Stage.DECISION)) {
      clocked += limits.getOrDefault(stage, 0);
    }
    if (type != ItemType.INSTANT && promised > 0 && clocked > promised) {
      problems.add(where + ".stageLimits: 受理后各环节时限之和 " + clocked + " 超过承诺时限 " + promised);
    }
    return limits;
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

  private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, String where,
      List<String> problems, E fallback) {
    String text = node.path(field).asText("");
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    problems.add(where + "." + field + ": 须为 " + String.join(" / ", names) + (text.isBlank() ? "" : "，而不是 " + text));
    return fallback;
  }

  private static String groupId(JsonNode node, String field, String where, List<String> problems) {
    String value = required(node, field, where, problems);
    if (!value.isBlank() && !value.matches("[a-zA-Z0-9]+")) {
      problems.add(where + "." + field + ": 组标识只能由字母和数字组成: " + value);
    }
    return value;
  }

  private static String required(JsonNode node, String field, String where, List<String> problems) {
    String value = node.path(field).asText("");
    if (value.isBlank()) {
      problems.add(where + "." + field + ": 必填");
    }
    return value;
  }

  private static int number(JsonNode node, String field, String where, List<String> problems, int minimum) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || value.asInt() < minimum) {
      problems.add(where + "." + field + ": 须为不小于 " + minimum + " 的整数");
      return Math.max(minimum, 0);
    }
    return value.asInt();
  }
}
