package cn.gov.oneseal.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link ApiException} with its {@link ApiError}. Only the {@code /api/v1} controllers throw it
 * (the engine's REST API and webapps are JAX-RS, not Spring MVC, and have their own mappers).
 */
@RestControllerAdvice(basePackages = "cn.gov.oneseal")
class ApiExceptionHandler {

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> refused(ApiException refused) {
    return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON).body(refused.body());
  }
}
