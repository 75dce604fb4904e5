package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading one field of the catalogue file: a value that is missing or wrong adds a problem naming the item and the
 * field ({@code where.field: …}) and gives a fallback, so that every problem of the file is found in one pass.
 */
final class CatalogueFields {

  private CatalogueFields() {}

  static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, String where,
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

  static String groupId(JsonNode node, String field, String where, List<String> problems) {
    String value = required(node, field, where, problems);
    if (!value.isBlank() && !value.matches("[a-zA-Z0-9]+")) {
      problems.add(where + "." + field + ": 组标识只能由字母和数字组成: " + value);
    }
    return value;
  }

  static String required(JsonNode node, String field, String where, List<String> problems) {
    String value = node.path(field).asText("");
    if (value.isBlank()) {
      problems.add(where + "." + field + ": 必填");
    }
    return value;
  }

  static int number(JsonNode node, String field, String where, List<String> problems, int minimum) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < minimum) {
      problems.add(where + "." + field + ": 须为不小于 " + minimum + " 的整数");
      return Math.max(minimum, 0);
    }
    return value.asInt();
  }
}
