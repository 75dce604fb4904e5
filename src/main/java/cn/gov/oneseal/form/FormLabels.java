package cn.gov.oneseal.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The labels officers chose from in the deployed Camunda Forms ({@code forms/**}/*.form): for a field key and a
 * stored value (e.g. {@code deliveryMethod} = {@code WINDOW}) the label the form showed (窗口领取), so that records
 * and audit views read as the officer saw them; and each field's own label (materials → 已收申请材料), so that a
 * refusal names the field as the form does. Read once at start-up from the same files the engine deploys.
 */
@Component
public class FormLabels {

  private final Map<String, Map<String, String>> labels = new HashMap<>();
  private final Map<String, String> fields = new HashMap<>();

  public FormLabels(ObjectMapper json) {
    try {
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("表单无法读取", e);
    }
  }

  private void collect(JsonNode node) {
    for (JsonNode component : node.path("components")) {
      String key = component.path("key").asText(null);
      if (key != null && component.hasNonNull("label")) {
        fields.putIfAbsent(key, component.path("label").asText());
      }
      for (JsonNode option : component.path("values")) {
        if (key != null && option.hasNonNull("value")) {
          // the first form that names a value keeps its label (the same field reads alike across forms)
          labels.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(option.path("value").asText(),
              option.path("label").asText());
        }
      }
      collect(component);
    }
  }

  /** The label of the forms' field of that key (e.g. materials → 已收申请材料), if a form has it. */
  public Optional<String> field(String fieldKey) {
    return Optional.ofNullable(fields.get(fieldKey));
  }

  /** The label of the value in the forms' field of that key, if a form offers it. */
  public Optional<String> label(String fieldKey, String value) {
    return Optional.ofNullable(labels.getOrDefault(fieldKey, Map.of()).get(value));
  }
}
