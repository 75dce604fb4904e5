package cn.gov.oneseal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An API request that lost a race with another officer's (the engine's optimistic locking, a database lock or
 * serialization failure) is answered 409 with a Chinese message naming no table or class, not 500.
 */
class ConcurrentChangeAnswerTest {

  final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void theEnginesOptimisticLockingIsAConflict() {
    ResponseEntity<ApiError> answer = handler.concurrent(new OptimisticLockingException(
        "ENGINE-03005 Execution of 'UPDATE TaskEntity[1]' failed. Entity was updated by another transaction concurrently."));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().message()).isEqualTo(ApiExceptionHandler.CONCURRENT).doesNotContain("TaskEntity");
  }

  @Test
  void aDatabaseLockRefusalIsAConflict() {
    ResponseEntity<ApiError> answer = handler.concurrent(new CannotAcquireLockException("select ... for update"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().code()).isEqualTo("CONCURRENT_CHANGE");
  }
}
