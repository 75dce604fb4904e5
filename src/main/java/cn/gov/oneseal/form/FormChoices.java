package cn.gov.oneseal.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bureau's Camunda Forms as the server reads them ({@code forms/**}/*.form, the files the engine deploys): each
 * field's label and, for a choice, its options in the form's order. Java takes labels and options from here instead
 * of copying them, so a record, a refusal and the form always say the same.
 */
public final class FormChoices {

  /** One field of one form. */
  public record Field(String key, String label, Map<String, String> options) {}

  private static final Map<String, Map<String, Field>> FORMS = load();

  private FormChoices() {}

  /** The field of the form (by the form's id), which must exist. */
  public static Field field(String formId, String key) {
    Map<String, Field> form = FORMS.get(formId);
    if (form == null) {
      throw new IllegalArgumentException("no form " + formId);
    }
    Field field = form.get(key);
    if (field == null) {
      throw new IllegalArgumentException("form " + formId + " has no field " + key);
    }
    return field;
  }

  /** The label of the field. */
  public static String label(String formId, String key) {
    return field(formId, key).label();
  }

  /** The options of a choice field (value → label, in the form's order); empty for another field. */
  public static Map<String, String> options(String formId, String key) {
    return field(formId, key).options();
  }

  /** The label of one option of a choice field, or the value itself when the form does not offer it. */
  public static String option(String formId, String key, String value) {
    return options(formId, key).getOrDefault(value, value);
  }

  /** Every form by its id, with its fields by key. */
  public static Map<String, Map<String, Field>> all() {
    return FORMS;
  }

  private static Map<String, Map<String, Field>> load() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, Field>> forms = new HashMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          Map<String, Field> fields = new LinkedHashMap<>();
          collect(form, fields);
          forms.put(form.path("id").asText(), Collections.unmodifiableMap(fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("表单无法读取", e);
    }
    return Collections.unmodifiableMap(forms);
  }

  private static void collect(JsonNode node, Map<String, Field> fields) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText(null);
      if (key != null) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode option : component.path("values")) {
          options.put(option.path("value").asText(), option.path("label").asText());
        }
        fields.put(key, new Field(key, component.path("label").asText(key), Collections.unmodifiableMap(options)));
      }
      collect(component, fields);
    }
  }
}
