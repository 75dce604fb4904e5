package cn.gov.oneseal.portal;

import cn.gov.oneseal.form.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A refused request of the applicant API, thrown out of the transaction so that nothing of it is
 * written: 400 with the field errors, 404 or 409 with a code and the reason in Chinese.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final List<FieldError> errors;

  ApiProblem(HttpStatus status, String code, String message, List<FieldError> errors) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID", "请求有误："
        + String.join("；", errors.stream().map(FieldError::message).toList()), errors);
  }

  static ApiProblem invalid(String field, String code, String message) {
    return invalid(List.of(new FieldError(field, code, message)));
  }

  static ApiProblem notFound() {
    return new ApiProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", "办件编号或查询码不正确", List.of());
  }

  static ApiProblem conflict(String code, String message) {
    return new ApiProblem(HttpStatus.CONFLICT, code, message, List.of());
  }

  ResponseEntity<Map<String, Object>> response() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", getMessage());
    if (status == HttpStatus.BAD_REQUEST) {
      body.put("errors", errors);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
