package cn.gov.oneseal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared idempotency of /api/v1: what the portal's and the regulators' endpoints do not show through
 * HTTP — key spaces per operation or per client, refused requests keep nothing, and two requests with one
 * key at the same moment (the later gets the earlier's answer, or 409 IDEMPOTENCY_KEY_IN_USE).
 */
@OneSealSpringTest
class IdempotentRequestsTest {

  static final IdempotentRequests.Policy PER_CLIENT = new IdempotentRequests.Policy(false, false, "INVALID_REQUEST",
      "%1$s 已用于 %2$s", false);
  static final IdempotentRequests.Policy PER_OPERATION = new IdempotentRequests.Policy(true, true, "INVALID",
      "%1$s 已用于内容不同的另一请求", true);

  @Autowired IdempotentRequests idempotent;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  int rows(String client) {
    return jdbc.queryForObject("select count(*) from api_idempotency where client_id = ?", Integer.class, client);
  }

  @Test
  void aKeyIsUsedOncePerClientOrOncePerOperation() {
    String client = "client-" + UUID.randomUUID();
    AtomicInteger done = new AtomicInteger();
    ResponseEntity<?> first = idempotent.run(PER_CLIENT, client, "k1", "sign-for A", Map.of("note", "x"),
        () -> ResponseEntity.ok(Map.of("n", done.incrementAndGet())));
    ResponseEntity<?> again = idempotent.run(PER_CLIENT, client, "k1", "sign-for A", Map.of("note", "x"),
        () -> ResponseEntity.ok(Map.of("n", done.incrementAndGet())));
    assertThat(done).hasValue(1);
    assertThat(first.getHeaders().containsKey(IdempotentRequests.REPLAYED)).isFalse();
    assertThat(again.getHeaders().getFirst(IdempotentRequests.REPLAYED)).isEqualTo("true");
    assertThat(again.getBody().toString()).isEqualTo("{\"n\":1}");
    // per client: another operation under the same key is refused, naming the first
    assertThatThrownBy(() -> idempotent.run(PER_CLIENT, client, "k1", "sign-for B", Map.of(),
        () -> ResponseEntity.ok(Map.of())))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.body().code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
          assertThat(e.body().message()).isEqualTo("k1 已用于 sign-for A");
        });
    // per operation: the same key serves another operation once, and a first answer says it is one
    ResponseEntity<?> other = idempotent.run(PER_OPERATION, client, "k1", "CORRECTIONS:A", Map.of(),
        () -> ResponseEntity.status(HttpStatus.CREATED).body(Map.of("n", done.incrementAndGet())));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(other.getHeaders().getFirst(IdempotentRequests.REPLAYED)).isEqualTo("false");
    assertThat(done).hasValue(2);
    assertThat(rows(client)).isEqualTo(2);
  }

  @Test
  void aRefusedRequestKeepsNothingAndTheKeyIsChecked() {
    String client = "client-" + UUID.randomUUID();
    assertThatThrownBy(() -> idempotent.run(PER_CLIENT, client, "k", "op", Map.of(), () -> {
      jdbc.update("insert into api_idempotency (client_id, scope, idempotency_key, operation, fingerprint, "
          + "status_code, response_body, created_at) values (?, 'x', 'side effect', 'op', 'f', 200, '{}', now())", client);
      throw ApiException.conflict("NOT_NOW", "不行");
    })).isInstanceOf(ApiException.class);
    assertThat(idempotent.run(PER_CLIENT, client, "k", "op", Map.of(), () -> ResponseEntity.badRequest().build())
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rows(client)).isZero();

    assertThatThrownBy(() -> idempotent.run(PER_OPERATION, client, null, "op", Map.of(),
        () -> ResponseEntity.ok().build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.body().code()).isEqualTo("INVALID"));
    assertThatThrownBy(() -> idempotent.run(PER_CLIENT, client, "a key", "op", Map.of(),
        () -> ResponseEntity.ok().build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.body().errors()).singleElement()
            .satisfies(error -> assertThat(error.code()).isEqualTo("INVALID_FORMAT")));
    // without a key (the regulators' may omit it) the request is done, and nothing kept
    assertThat(idempotent.run(PER_CLIENT, client, null, "op", Map.of(), () -> ResponseEntity.ok().build())
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rows(client)).isZero();
  }

  @Test
  void twoRequestsWithOneKeyAtTheSameMoment() {
    String client = "client-" + UUID.randomUUID();
    TransactionTemplate other = new TransactionTemplate(transactionManager);
    other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // the other request (same content) finishes first while this one is being done: its answer is the answer
    ResponseEntity<?> lost = idempotent.run(PER_CLIENT, client, "k", "op", Map.of("a", 1), () -> {
      other.executeWithoutResult(s -> idempotent.run(PER_CLIENT, client, "k", "op", Map.of("a", 1),
          () -> ResponseEntity.ok(Map.of("winner", true))));
      return ResponseEntity.ok(Map.of("winner", false));
    });
    assertThat(lost.getHeaders().getFirst(IdempotentRequests.REPLAYED)).isEqualTo("true");
    assertThat(lost.getBody().toString()).isEqualTo("{\"winner\":true}");
    assertThat(rows(client)).isEqualTo(1);

    // the key taken by an answer not (yet) readable: 409 IDEMPOTENCY_KEY_IN_USE, and nothing kept of this one
    assertThatThrownBy(() -> idempotent.run(PER_CLIENT, client, "k2", "op", Map.of(), () -> {
      jdbc.update("insert into api_idempotency (client_id, scope, idempotency_key, operation, fingerprint, "
          + "status_code, response_body, created_at) values (?, '*', 'k2', 'op', 'f', 200, '{}', now())", client);
      return ResponseEntity.ok(Map.of());
    })).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(e.body().code()).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
    });
    assertThat(rows(client)).isEqualTo(1);
  }
}
