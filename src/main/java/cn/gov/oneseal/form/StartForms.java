package cn.gov.oneseal.form;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemType;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.process.FormFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The items' 收件登记 start forms, made from one shared layout and the catalogue (src/docs/analysts-guide.md,
 * "Start forms"): the layout ({@code forms/layout/Form_Register.form}, edited in Camunda Modeler; on the class path as
 * {@value #LAYOUT_RESOURCE}) with the item's form id {@code Form_Register<code>}, its heading's {@code {{itemName}}},
 * {@code {{itemType}}} and {@code {{intakeRule}}} filled in, the options of {@code businessScope} from the item's
 * 主体业态 (the field left out when it has none) and of {@code materials} from its material list (a material that is
 * not required marked “（如有）”). The build writes them among the deployed forms ({@link StartFormGenerator}); at run
 * time an item whose materials changed gets its form anew (catalogueadmin/ItemStartForms).
 */
public final class StartForms {

  /** The layout on the class path (the build copies {@code forms/layout/} there, outside the deployed forms). */
  public static final String LAYOUT_RESOURCE = "form-layouts/Form_Register.form";
  /** An item's start form id is this followed by the item's code (its start event's {@code camunda:formRef}). */
  public static final String PREFIX = "Form_Register";
  /** After the name of a material that is not required. */
  static final String NOT_REQUIRED = "（如有）";
  /** The heading's line on the intake decision: 即办件 on the spot, the others within 5 WD (Licensing Law art. 32). */
  static final String ON_THE_SPOT = "当场受理、当场决定。";
  static final String WITHIN_FIVE_DAYS = "5 个工作日内须作出受理决定或一次性告知补正。";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile JsonNode layout;

  private StartForms() {}

  /** The start form id of an item. */
  public static String formId(String itemCode) {
    return PREFIX + itemCode;
  }

  /** The file name of an item's start form (among the deployed forms and in a deployment). */
  public static String fileName(String itemCode) {
    return formId(itemCode) + ".form";
  }

  /** The layout the application was built with. */
  public static JsonNode layout() {
    if (layout == null) {
      try (InputStream in = new ClassPathResource(LAYOUT_RESOURCE).getInputStream()) {
        layout = read(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("收件登记表单的布局 " + LAYOUT_RESOURCE + " 无法读取", e);
      }
    }
    return layout;
  }

  /** The item's start form: the layout filled with the item. */
  public static ObjectNode generate(JsonNode layout, ApprovalItem item) {
    List<String> problems = check(layout);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("；", problems));
    }
    ObjectNode form = layout.deepCopy();
    form.put("id", formId(item.code()));
    ArrayNode components = (ArrayNode) form.get("components");
    for (Iterator<JsonNode> it = components.elements(); it.hasNext(); ) {
      ObjectNode component = (ObjectNode) it.next();
      String key = component.path("key").asText("");
      if (component.path("text").isTextual()) {
        component.put("text", fill(component.get("text").asText(), item));
      }
      if (key.equals(FormFields.BUSINESS_SCOPE)) {
        if (item.businessScopes().isEmpty()) {
          it.remove();
        } else {
          options(component, item.businessScopes());
        }
      } else if (key.equals(FormFields.MATERIALS)) {
        Map<String, String> materials = new java.util.LinkedHashMap<>();
        for (Material m : item.materials()) {
          materials.put(m.code(), m.name() + (m.required() ? "" : NOT_REQUIRED));
        }
        options(component, materials);
      }
    }
    return form;
  }

  /** What the layout lacks for the start forms (its two fields from the catalogue, at the top level). */
  public static List<String> check(JsonNode layout) {
    List<String> problems = new ArrayList<>();
    if (layout == null || !layout.path("components").isArray()) {
      problems.add("布局不是 Camunda 表单（缺少 components）");
      return problems;
    }
    if (!hasField(layout, FormFields.MATERIALS, "checklist")) {
      problems.add("布局须在顶层有多选字段（checklist）materials（已收申请材料），其选项由事项目录的材料清单生成");
    }
    if (!hasField(layout, FormFields.BUSINESS_SCOPE, "select") && !hasField(layout, FormFields.BUSINESS_SCOPE, "radio")) {
      problems.add("布局须在顶层有单选字段（select 或 radio）businessScope（主体业态），其选项由事项目录的 businessScopes 生成");
    }
    return problems;
  }

  /** The form as a file: two-space indents, as Camunda Modeler writes it, UTF-8. */
  public static byte[] bytes(JsonNode form) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      return (JSON.writer(printer).writeValueAsString(form) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A form read from its file. */
  public static JsonNode read(byte[] file) {
    try {
      return JSON.readTree(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("表单不是有效的 JSON: " + e.getMessage(), e);
    }
  }

  private static boolean hasField(JsonNode layout, String key, String type) {
    for (JsonNode component : layout.get("components")) {
      if (key.equals(component.path("key").asText()) && type.equals(component.path("type").asText())) {
        return true;
      }
    }
    return false;
  }

  private static void options(ObjectNode component, Map<String, String> options) {
    ArrayNode values = component.putArray("values");
    options.forEach((value, label) -> values.addObject().put("label", label).put("value", value));
  }

  private static String fill(String text, ApprovalItem item) {
    return text.replace("{{itemName}}", item.name()).replace("{{itemType}}", item.type().label())
        .replace("{{intakeRule}}", item.type() == ItemType.INSTANT ? ON_THE_SPOT : WITHIN_FIVE_DAYS);
  }
}
