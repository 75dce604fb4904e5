package cn.gov.oneseal.api;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link ApiException} with its {@link ApiError}. Only the {@code /api/v1} controllers throw it
 * (the engine's REST API and webapps are JAX-RS, not Spring MVC, and have their own mappers). A request that lost a
 * race with another officer's — the engine found the task or case changed since it read it (optimistic locking), or
 * the database refused a lock or serialization — is the caller's conflict, not a server error: 409, nothing written
 * (the transaction was rolled back).
 */
@RestControllerAdvice(basePackages = "cn.gov.oneseal")
class ApiExceptionHandler {

  static final String CONCURRENT = "该办件或任务刚被他人同时修改，未作任何更改：请刷新后重试";

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> refused(ApiException refused) {
    return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON).body(refused.body());
  }

  @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
  ResponseEntity<ApiError> concurrent(RuntimeException lostRace) {
    return refused(ApiException.conflict("CONCURRENT_CHANGE", CONCURRENT));
  }
}
