package cn.gov.oneseal.urging;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The note of an urge sent by a webapp's form ({@code {"note": "…"}}): 400 with the field for anything else. */
final class UrgeNote {

  private UrgeNote() {}

  static String of(String body) {
    try {
      JsonNode note = body == null || body.isBlank() ? null
          : CockpitPluginBeans.bean(ObjectMapper.class).readTree(body).get("note");
      if (note != null && !note.isNull() && !note.isTextual()) {
        throw ApiException.invalid("INVALID", new FieldError("note", "INVALID_TYPE", "催办意见应为文本"));
      }
      return note == null || note.isNull() ? null : note.asText();
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("INVALID", new FieldError("note", "INVALID_JSON", "请求不是有效的 JSON"));
    }
  }
}
