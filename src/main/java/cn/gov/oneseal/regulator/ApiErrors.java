package cn.gov.oneseal.regulator;

import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The error answers of the regulators' API: 400 with field errors, 404, 409 — {code, message[, errors]}. */
final class ApiErrors {

  private ApiErrors() {}

  /** The body of an error answer (for the OpenAPI description). */
  @Schema(name = "ApiError", title = "错误", description = "错误回答：机器代码、中文说明；400 时另有逐字段的错误列表")
  record Body(
      @Schema(description = "机器代码，如 INVALID_REQUEST、CASE_NOT_FOUND、ALREADY_SIGNED", example = "CASE_NOT_FOUND")
      String code,
      @Schema(description = "中文说明", example = "没有编号为 32050020260302C0000010 的办件") String message,
      @Schema(description = "逐字段的错误（仅 400）") List<FieldError> errors) {}

  static ResponseEntity<?> invalid(FieldError... errors) {
    return invalid(List.of(errors));
  }

  static ResponseEntity<?> invalid(List<FieldError> errors) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("code", "INVALID_REQUEST",
        "message", "请求有误：" + String.join("；", errors.stream().map(FieldError::message).toList()), "errors", errors));
  }

  /**
   * A refusal of the engine's form validation, its fields renamed to the request's ({@code apiNames}: the
   * request's name of each form field or message variable; others keep theirs).
   */
  static ResponseEntity<?> invalid(FormValidationException refused, Map<String, String> apiNames) {
    Map<String, String> byVariable = new java.util.HashMap<>();
    apiNames.forEach((apiName, variable) -> byVariable.put(variable, apiName));
    return invalid(refused.getErrors().stream().map(e -> new FieldError(byVariable.getOrDefault(e.field(), e.field()),
        e.code(), e.message())).toList());
  }

  static ResponseEntity<?> caseNotFound(String caseNumber) {
    return notFound("CASE_NOT_FOUND", "没有编号为 " + caseNumber + " 的办件（或不属于本部门监管的事项）");
  }

  static ResponseEntity<?> notFound(String code, String message) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", code, "message", message));
  }

  static ResponseEntity<?> conflict(String code, String message) {
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", code, "message", message));
  }

  static ResponseEntity<?> forbidden(String message) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", "FORBIDDEN", "message", message));
  }
}
