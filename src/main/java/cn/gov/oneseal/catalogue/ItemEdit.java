package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an analyst may change of an item through the API — the promised limit, the stage limits, the materials and
 * the 容缺 entry — read from the request into the item's entry, field by field. PUT gives all four (each replaces the
 * entry's); PATCH gives any of them as a JSON merge patch (RFC 7386: an object such as {@code stageLimits} or
 * {@code deficiency} is merged key by key, a list such as {@code materials} is replaced whole). The catalogue's
 * rules are checked afterwards, on the whole entry ({@link CatalogueLoader#item}).
 */
final class ItemEdit {

  static final String PROMISED_LIMIT = "promisedLimit";
  static final String STAGE_LIMITS = "stageLimits";
  static final String MATERIALS = "materials";
  static final String DEFICIENCY = "deficiency";
  /** The parts an analyst changes. */
  static final List<String> EDITABLE = List.of(PROMISED_LIMIT, STAGE_LIMITS, MATERIALS, DEFICIENCY);
  /** The version the change was made against (optional: 409 when another change came first). */
  static final String BASE_VERSION = "baseVersion";
  /** Why (optional), kept in the version's history. */
  static final String REASON = "reason";
  static final int MAX_REASON = 500;
  static final int MAX_TEXT = 500;

  private static final Set<String> MATERIAL_FIELDS = Set.of("code", "name", "kind", "required");
  private static final Set<String> DEFICIENCY_FIELDS = Set.of("allowed", "materials", "exclusionReason", "afterLicence");

  private ItemEdit() {}

  /** The entry with the request's changes; the request's problems are added (the entry is then not to be used). */
  static ObjectNode apply(JsonNode entry, JsonNode body, boolean replace, List<FieldProblem> problems) {
    ObjectNode edited = entry.deepCopy();
    if (body == null || !body.isObject()) {
      problems.add(new FieldProblem("", "INVALID_BODY", "请求体须为 JSON 对象，如 {\"promisedLimit\": 8}"));
      return edited;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (EDITABLE.contains(key)) {
        if (shape(key, value, replace, problems)) {
          edited.set(key, replace || !value.isObject() || !edited.path(key).isObject() ? value
              : mergePatch(edited.get(key), value));
        }
      } else if (key.equals(BASE_VERSION)) {
        if (!value.isIntegralNumber()) {
          problems.add(new FieldProblem(key, "INVALID_TYPE", "baseVersion 须为版本号（整数）"));
        }
      } else if (key.equals(REASON)) {
        if (!value.isTextual()) {
          problems.add(new FieldProblem(key, "INVALID_TYPE", "修改说明须为文字"));
        } else if (value.textValue().length() > MAX_REASON) {
          problems.add(new FieldProblem(key, "TOO_LONG", "修改说明不能超过 " + MAX_REASON + " 个字"));
        }
      } else if (entry.has(key) || key.equals("code")) {
        problems.add(new FieldProblem(key, "NOT_EDITABLE", key + " 不能通过目录维护接口修改（只能改承诺时限 promisedLimit、"
            + "环节时限 stageLimits、申请材料 materials 和容缺 deficiency）：请修改 processes/catalogue.yaml 并重新部署"));
      } else {
        problems.add(new FieldProblem(key, "UNKNOWN_FIELD", "没有 " + key + " 这一项（可改的是 promisedLimit、stageLimits、"
            + "materials、deficiency，另可附 reason、baseVersion）"));
      }
    }
    if (replace) {
      for (String key : EDITABLE) {
        if (!body.has(key)) {
          problems.add(new FieldProblem(key, "REQUIRED", "PUT 须给出全部四项（promisedLimit、stageLimits、materials、"
              + "deficiency）；只改其中一部分请用 PATCH"));
        }
      }
    }
    return edited;
  }

  /** Whether the value has the shape its part needs (types and known keys; the rules come later). */
  private static boolean shape(String key, JsonNode value, boolean replace, List<FieldProblem> problems) {
    int before = problems.size();
    switch (key) {
      case PROMISED_LIMIT -> {
        if (!value.isIntegralNumber()) {
          problems.add(new FieldProblem(key, "INVALID_TYPE", "承诺时限须为工作日数（整数）"));
        }
      }
      case STAGE_LIMITS -> {
        if (!value.isObject()) {
          problems.add(new FieldProblem(key, "INVALID_TYPE", "环节时限须为对象，如 {\"review\": 4}"));
        } else {
          value.fields().forEachRemaining(e -> {
            if (!e.getValue().isIntegralNumber() && !(e.getValue().isNull() && !replace)) {
              problems.add(new FieldProblem(key + "." + e.getKey(), "INVALID_TYPE", "环节时限须为工作日数（整数）"));
            }
          });
        }
      }
      case MATERIALS -> materials(value, problems);
      default -> deficiency(value, replace, problems);
    }
    return problems.size() == before;
  }

  private static void materials(JsonNode value, List<FieldProblem> problems) {
    if (!value.isArray()) {
      problems.add(new FieldProblem(MATERIALS, "INVALID_TYPE", "申请材料须为列表，每项 {code, name, kind, required}"));
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode material = value.get(i);
      String at = MATERIALS + "[" + i + "]";
      if (!material.isObject()) {
        problems.add(new FieldProblem(at, "INVALID_TYPE", "每项材料须为 {code, name, kind, required}"));
        continue;
      }
      material.fieldNames().forEachRemaining(name -> {
        if (!MATERIAL_FIELDS.contains(name)) {
          problems.add(new FieldProblem(at + "." + name, "UNKNOWN_FIELD", "材料只有 code、name、kind、required 四项"));
        }
      });
      for (String text : List.of("code", "name", "kind")) {
        if (material.has(text) && !material.get(text).isTextual()) {
          problems.add(new FieldProblem(at + "." + text, "INVALID_TYPE", text + " 须为文字"));
        }
      }
      if (material.has("required") && !material.get("required").isBoolean()) {
        problems.add(new FieldProblem(at + ".required", "INVALID_TYPE", "required 须为 true 或 false"));
      }
    }
  }

  private static void deficiency(JsonNode value, boolean replace, List<FieldProblem> problems) {
    if (!value.isObject()) {
      problems.add(new FieldProblem(DEFICIENCY, "INVALID_TYPE",
          "容缺须为对象 {allowed, materials, exclusionReason, afterLicence}"));
      return;
    }
    value.fields().forEachRemaining(e -> {
      String at = DEFICIENCY + "." + e.getKey();
      JsonNode v = e.getValue();
      if (!DEFICIENCY_FIELDS.contains(e.getKey())) {
        problems.add(new FieldProblem(at, "UNKNOWN_FIELD", "容缺只有 allowed、materials、exclusionReason、afterLicence 四项"));
      } else if (v.isNull() && !replace) {
        return;
      } else if ((e.getKey().equals("allowed") || e.getKey().equals("afterLicence")) && !v.isBoolean()) {
        problems.add(new FieldProblem(at, "INVALID_TYPE", e.getKey() + " 须为 true 或 false"));
      } else if (e.getKey().equals("materials") && (!v.isArray() || !allText(v))) {
        problems.add(new FieldProblem(at, "INVALID_TYPE", "容缺材料须为材料编码的列表，如 [\"M03\"]"));
      } else if (e.getKey().equals("exclusionReason") && !v.isTextual()) {
        problems.add(new FieldProblem(at, "INVALID_TYPE", "不适用容缺的理由须为文字"));
      } else if (e.getKey().equals("exclusionReason") && v.textValue().length() > MAX_TEXT) {
        problems.add(new FieldProblem(at, "TOO_LONG", "不适用容缺的理由不能超过 " + MAX_TEXT + " 个字"));
      }
    });
  }

  private static boolean allText(JsonNode list) {
    for (JsonNode element : list) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** RFC 7386: {@code patch} merged into {@code target} (null removes a key; an object merges; anything else replaces). */
  static JsonNode mergePatch(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    patch.fields().forEachRemaining(e -> {
      if (e.getValue().isNull()) {
        result.remove(e.getKey());
      } else {
        result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
      }
    });
    return result;
  }
}
