package cn.gov.oneseal.modelchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two versions of a Camunda Forms (form-js) form field by field: fields by key (the text blocks by id),
 * each named by its label and key. The details are phrases such as {@code 新增字段「补正期限」（correctionDue），日期时间}.
 */
final class FormDiff {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("textfield", "单行文本"), Map.entry("textarea", "多行文本"), Map.entry("number", "数字"),
      Map.entry("checkbox", "勾选框"), Map.entry("checklist", "多选"), Map.entry("radio", "单选"),
      Map.entry("select", "下拉选择"), Map.entry("taglist", "标签选择"), Map.entry("datetime", "日期时间"),
      Map.entry("text", "说明文字"), Map.entry("html", "HTML 文字"), Map.entry("group", "分组"),
      Map.entry("dynamiclist", "动态列表"), Map.entry("button", "按钮"), Map.entry("image", "图片"),
      Map.entry("table", "表格"), Map.entry("filepicker", "文件上传"), Map.entry("expression", "计算值"),
      Map.entry("iframe", "内嵌页面"), Map.entry("spacer", "间隔"), Map.entry("separator", "分隔线"));
  private static final Map<String, String> RULES = Map.of("minLength", "最少字数", "maxLength", "最多字数",
      "min", "最小值", "max", "最大值", "pattern", "格式", "validationType", "校验类型");

  private FormDiff() {
  }

  /** The fields of a form, keyed by field key (text blocks and layout by id), in document order. */
  static Map<String, JsonNode> fields(String json) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    collect(parse(json).path("components"), fields);
    return fields;
  }

  /** Reads form JSON; a form that is not JSON is refused with a Chinese message. */
  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行）";
      throw new IllegalArgumentException("表单内容不是有效的 JSON" + line);
    }
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode component : components) {
      String key = component.hasNonNull("key") ? component.get("key").asText()
          : "#" + component.path("id").asText();
      fields.putIfAbsent(key, component);
      collect(component.path("components"), fields);
    }
  }

  /** What changed from {@code before} to {@code after}, field by field, as phrases. */
  static List<String> details(String before, String after) {
    Map<String, JsonNode> was = fields(before);
    Map<String, JsonNode> is = fields(after);
    List<String> details = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : is.entrySet()) {
      JsonNode old = was.get(entry.getKey());
      if (old == null) {
        details.add("新增" + field(entry.getValue()) + "，" + type(entry.getValue())
            + (required(entry.getValue()) ? "，必填" : ""));
      } else {
        changes(old, entry.getValue(), details);
      }
    }
    for (Map.Entry<String, JsonNode> entry : was.entrySet()) {
      if (!is.containsKey(entry.getKey())) {
        details.add("删除" + field(entry.getValue()));
      }
    }
    return details;
  }

  private static void changes(JsonNode old, JsonNode now, List<String> details) {
    String field = field(now) + "：";
    if (!Objects.equals(text(old, "label"), text(now, "label"))) {
      details.add(field + "标签" + ElementNames.quoted(text(old, "label")) + "改为"
          + ElementNames.quoted(text(now, "label")));
    }
    if (!Objects.equals(type(old), type(now))) {
      details.add(field + "类型 " + type(old) + " 改为 " + type(now));
    }
    if (required(old) != required(now)) {
      details.add(field + (required(now) ? "改为必填" : "改为非必填"));
    }
    for (Map.Entry<String, String> rule : RULES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      changed(details, field + rule.getValue() + " ", text(old.path("validate"), rule.getKey()),
          text(now.path("validate"), rule.getKey()));
    }
    changed(details, field + "选项 ", options(old), options(now));
    changed(details, field + "选项来源变量 ", text(old, "valuesKey"), text(now, "valuesKey"));
    flag(details, field, "只读", old.get("readonly"), now.get("readonly"));
    flag(details, field, "禁用", old.get("disabled"), now.get("disabled"));
    changed(details, field + "隐藏条件 ", text(old.path("conditional"), "hide"),
        text(now.path("conditional"), "hide"));
    changed(details, field + "说明 ", text(old, "description"), text(now, "description"));
    if (!Objects.equals(text(old, "text"), text(now, "text"))) {
      details.add(field + "文字内容已修改");
    }
  }

  private static void changed(List<String> details, String what, String before, String after) {
    if (!Objects.equals(before, after)) {
      details.add(what + ElementNames.value(before) + " 改为 " + ElementNames.value(after));
    }
  }

  /** readonly / disabled: true, false (or absent), or an expression. */
  private static void flag(List<String> details, String field, String word, JsonNode before, JsonNode after) {
    String was = flag(before);
    String is = flag(after);
    if (Objects.equals(was, is)) {
      return;
    }
    if ("true".equals(is) && "false".equals(was)) {
      details.add(field + "改为" + word);
    } else if ("false".equals(is) && "true".equals(was)) {
      details.add(field + "取消" + word);
    } else {
      details.add(field + word + "条件 " + ElementNames.value(was) + " 改为 " + ElementNames.value(is));
    }
  }

  private static String flag(JsonNode node) {
    if (node == null || node.isNull() || node.isBoolean() && !node.asBoolean()) {
      return "false";
    }
    return node.isBoolean() ? "true" : node.asText();
  }

  /** 「受理决定」（intakeDecision） for a field; 说明文字（Field_Text75） for a block without key. */
  static String field(JsonNode component) {
    if (!component.hasNonNull("key")) {
      return type(component) + "（" + component.path("id").asText() + "）";
    }
    String label = text(component, "label");
    return "字段" + ElementNames.quoted(label == null ? component.get("key").asText() : label)
        + "（" + component.get("key").asText() + "）";
  }

  private static String type(JsonNode component) {
    String type = component.path("type").asText();
    return TYPES.getOrDefault(type, type);
  }

  private static boolean required(JsonNode component) {
    return component.path("validate").path("required").asBoolean(false);
  }

  /** The static options as 受理(accept)、不予受理(reject); null when the field has none. */
  private static String options(JsonNode component) {
    if (!component.path("values").isArray()) {
      return null;
    }
    List<String> options = new ArrayList<>();
    for (JsonNode option : component.get("values")) {
      options.add(option.path("label").asText() + "(" + option.path("value").asText() + ")");
    }
    return String.join("、", options);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
  }
}
