package cn.gov.oneseal.catalogue;

import static cn.gov.oneseal.catalogue.CatalogueFields.enumValue;
import static cn.gov.oneseal.catalogue.CatalogueFields.groupId;
import static cn.gov.oneseal.catalogue.CatalogueFields.number;
import static cn.gov.oneseal.catalogue.CatalogueFields.required;

import cn.gov.oneseal.catalogue.ApprovalItem.Commitment;
import cn.gov.oneseal.catalogue.ApprovalItem.CountsFrom;
import cn.gov.oneseal.catalogue.ApprovalItem.Deficiency;
import cn.gov.oneseal.catalogue.ApprovalItem.Delegation;
import cn.gov.oneseal.catalogue.ApprovalItem.Department;
import cn.gov.oneseal.catalogue.ApprovalItem.FollowUp;
import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity;
import cn.gov.oneseal.catalogue.ApprovalItem.SurveyMode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One item of the catalogue file read and checked field by field: type, regulator, limits (the stages by
 * {@link StageLimits}), materials, 告知承诺, 容缺 (never a main material), licence, departments, survey,
 * follow-up. Every problem is added to the list; the item is still built from the fallbacks.
 */
final class ItemReader {

  /** A material's code: what forms, the portal and the case's material list ({@code case_material}) carry. */
  static final String MATERIAL_CODE = "[A-Za-z0-9_\\-]{1,16}";
  /** A material's name, as the case's material list keeps it. */
  static final int MAX_MATERIAL_NAME = 200;

  private ItemReader() {}

  static ApprovalItem read(JsonNode node, String code, String where, List<String> problems) {
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

    Map<Stage, Integer> stageLimits = StageLimits.read(node.path("stageLimits"), type, survey, promised, where, problems);

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
        surveyParticipants, readFollowUp(node.path("followUp"), where, problems),
        PrePublicityReader.read(node.path("prePublicity"), type, stageLimits, promised, where, problems));
  }

  /** 回访: absent means the documented default; else 1 … {@value ApprovalItem.FollowUp#MAX_AFTER_WORKING_DAYS} WD. */
  static FollowUp readFollowUp(JsonNode node, String where, List<String> problems) {
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

  static List<Department> departments(JsonNode node, String field, String where, List<String> problems) {
    List<Department> departments = new ArrayList<>();
    JsonNode nodes = node.path(field);
    for (int i = 0; i < nodes.size(); i++) {
      String at = where + "." + field + "[" + i + "]";
      departments.add(new Department(groupId(nodes.get(i), "group", at, problems),
          required(nodes.get(i), "name", at, problems)));
    }
    return departments;
  }

  static List<Material> readMaterials(JsonNode list, String where, List<String> problems) {
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
      if (!code.isBlank() && !code.matches(MATERIAL_CODE)) {
        problems.add(at + ".code: 材料编码须为 1–16 个字母、数字、_ 或 -");
      } else if (!code.isBlank() && !codes.add(code)) {
        problems.add(at + ".code: 材料编码 " + code + " 重复");
      }
      String name = required(node, "name", at, problems);
      if (name.length() > MAX_MATERIAL_NAME) {
        problems.add(at + ".name: 材料名称不能超过 " + MAX_MATERIAL_NAME + " 个字");
      }
      String kind = node.path("kind").asText("");
      if (!kind.equals("main") && !kind.equals("secondary")) {
        problems.add(at + ".kind: 须为 main（主要材料）或 secondary（次要材料）");
      }
      materials.add(new Material(code, name, kind.equals("main"), node.path("required").asBoolean(true)));
    }
    return materials;
  }
}
