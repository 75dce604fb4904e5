package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An objection as sent to the public API ({@code {name, contact, text}}), checked field by field: each required
 * text, within its length, without control characters; the contact a telephone number or an e-mail address. Every
 * problem is one {@link FieldError} in Chinese; nothing else of the request is taken.
 */
record ObjectionForm(String name, String contact, String text) {

  static final int MAX_NAME = 50;
  static final int MAX_CONTACT = 100;
  static final int MAX_TEXT = 2000;
  private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  /** The form read from the request's JSON object, or the field errors. */
  static ObjectionForm read(JsonNode body, List<FieldError> errors) {
    List<String> known = List.of("name", "contact", "text");
    body.fieldNames().forEachRemaining(field -> {
      if (!known.contains(field)) {
        errors.add(new FieldError(field.length() > 40 ? field.substring(0, 40) : field, "UNKNOWN_FIELD",
            "不接受该字段：意见只有 name（姓名或单位名称）、contact（联系电话或电子邮箱）和 text（意见内容）"));
      }
    });
    String name = text(body, "name", "姓名或单位名称", MAX_NAME, false, errors);
    String contact = text(body, "contact", "联系方式", MAX_CONTACT, false, errors);
    if (contact != null && !PHONE.matcher(contact).matches() && !EMAIL.matcher(contact).matches()) {
      errors.add(new FieldError("contact", "INVALID_FORMAT",
          "联系方式须为电话号码（7 到 20 位数字，可含 + - ( ) 和空格）或电子邮箱地址"));
    } else if (contact != null && PHONE.matcher(contact).matches() && contact.replaceAll("\\D", "").length() < 7) {
      errors.add(new FieldError("contact", "INVALID_FORMAT", "电话号码至少须有 7 位数字"));
    }
    String text = text(body, "text", "意见内容", MAX_TEXT, true, errors);
    return new ObjectionForm(name, contact, text);
  }

  private static String text(JsonNode body, String field, String label, int max, boolean multiline,
      List<FieldError> errors) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
      errors.add(new FieldError(field, "REQUIRED", label + "必填"));
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError(field, "INVALID_TYPE", label + "应为文本"));
      return null;
    }
    String value = node.asText().strip();
    // counted in UTF-16 units, as H2's columns count (a character outside the BMP, an emoji, counts twice): what passes
    // here fits the column on every database
    if (value.length() > max) {
      errors.add(new FieldError(field, "TOO_LONG", label + "不得超过 " + max + " 字"));
      return null;
    }
    if (CONTROL.matcher(value).find() || !multiline && (value.contains("\n") || value.contains("\r"))) {
      errors.add(new FieldError(field, "INVALID_CHARACTER", label + "含有不允许的控制字符"));
      return null;
    }
    return value;
  }
}
