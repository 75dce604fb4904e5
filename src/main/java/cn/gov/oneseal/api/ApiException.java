package cn.gov.oneseal.api;

import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * A refused {@code /api/v1} request, thrown out of the request's transaction so that nothing of it is
 * written, and answered by {@link ApiExceptionHandler} with an {@link ApiError}: 400 with the field errors,
 * 403, 404 or 409 with a code and the reason in Chinese.
 */
public class ApiException extends RuntimeException {

  /** The top-level code of a 400 of the regulators' API (the portal's is {@code INVALID}). */
  public static final String INVALID_REQUEST = "INVALID_REQUEST";

  private final HttpStatus status;
  private final String code;
  private final List<FieldError> errors;

  private ApiException(HttpStatus status, String code, String message, List<FieldError> errors) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors == null ? null : List.copyOf(errors);
  }

  /** 400: the request's field errors under {@code code} (the API's code for an invalid request). */
  public static ApiException invalid(String code, List<FieldError> errors) {
    return new ApiException(HttpStatus.BAD_REQUEST, code, "请求有误："
        + String.join("；", errors.stream().map(FieldError::message).toList()), errors);
  }

  public static ApiException invalid(String code, FieldError... errors) {
    return invalid(code, List.of(errors));
  }

  /**
   * 400: a refusal of the engine's form validation (found in {@code refused}'s causes), its fields renamed to
   * the request's ({@code apiNames}: form field or variable → the request's name; others keep theirs); any
   * other refusal is {@code refused} itself.
   */
  public static RuntimeException invalid(String code, RuntimeException refused, Map<String, String> apiNames) {
    return formValidation(refused).<RuntimeException>map(invalid -> invalid(code, invalid.getErrors().stream()
        .map(e -> new FieldError(apiNames.getOrDefault(e.field(), e.field()), e.code(), e.message())).toList()))
        .orElse(refused);
  }

  /** The engine's form validation refusal behind {@code e} (the engine may wrap it). */
  public static Optional<FormValidationException> formValidation(Throwable e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof FormValidationException)) {
      cause = cause.getCause();
    }
    return Optional.ofNullable((FormValidationException) cause);
  }

  /** 401: the request lacks what proves it (e.g. the applicant's query code). */
  public static ApiException unauthorized(String code, String message) {
    return new ApiException(HttpStatus.UNAUTHORIZED, code, message, null);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", message, null);
  }

  public static ApiException notFound(String code, String message) {
    return new ApiException(HttpStatus.NOT_FOUND, code, message, null);
  }

  /** 404 for a case that does not exist or that the caller may not see: the two answer alike. */
  public static ApiException caseNotFound(String caseNumber) {
    return notFound("CASE_NOT_FOUND", "没有编号为 " + caseNumber + " 的办件");
  }

  public static ApiException conflict(String code, String message) {
    return new ApiException(HttpStatus.CONFLICT, code, message, null);
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError body() {
    return new ApiError(code, getMessage(), errors);
  }
}
