package cn.gov.oneseal.modelchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per process key, the definition in force before an approved change ({@code previous_definitions}, JSON). */
final class PreviousDefinitions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PreviousDefinitions() {}

  static String write(Map<String, String> previous) {
    try {
      return JSON.writeValueAsString(previous);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> read(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
