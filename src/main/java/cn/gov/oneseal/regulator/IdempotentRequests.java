package cn.gov.oneseal.regulator;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a client's request in one transaction (engine and tables alike: nothing is half-written when it
 * is refused) and, with an {@code Idempotency-Key}, at most once: a retry with the same key and the
 * same request gets the first answer again (header {@code Idempotent-Replayed: true}); the same key
 * for another request is refused (409 {@code IDEMPOTENCY_KEY_REUSED}). Only successful answers are kept
 * ({@code api_idempotency}); a refused request wrote nothing and may be corrected and sent again.
 */
@Component
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  public IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ObjectMapper json) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  private record Stored(String operation, String fingerprint, int statusCode, String body) {}

  /**
   * The answer to the request: replayed when the key was used for it before, else {@code action}'s,
   * in a transaction that is rolled back unless the answer is a success.
   *
   * @param clientId the caller (keys are per client)
   * @param key the client's {@code Idempotency-Key}, or null
   * @param operation what is asked, e.g. {@code sign-for 3205…} (the same key may not ask another thing)
   * @param request the request body, part of the fingerprint
   */
  public ResponseEntity<?> run(String clientId, String key, String operation, Object request,
      Supplier<ResponseEntity<?>> action) {
    if (key != null && (key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+"))) {
      return ApiErrors.invalid(new FieldError(HEADER, "INVALID_FORMAT",
          "Idempotency-Key 须为 1–100 个可见 ASCII 字符（建议使用 UUID）"));
    }
    String fingerprint = fingerprint(operation, request);
    if (key != null) {
      Optional<ResponseEntity<?>> earlier = replay(clientId, key, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try {
      return transaction.execute(status -> {
        ResponseEntity<?> answer = action.get();
        if (!answer.getStatusCode().is2xxSuccessful()) {
          status.setRollbackOnly();
        } else if (key != null) {
          jdbc.update("insert into api_idempotency (client_id, idempotency_key, operation, fingerprint, status_code, "
              + "response_body, created_at) values (?, ?, ?, ?, ?, ?, ?)", clientId, key, operation, fingerprint,
              answer.getStatusCode().value(), write(answer.getBody()), offsetOf(ClockUtil.getCurrentTime()));
        }
        return answer;
      });
    } catch (DataIntegrityViolationException concurrent) {
      // the same key was used at the same moment and the other request won: its answer is the answer
      if (key != null) {
        Optional<ResponseEntity<?>> earlier = replay(clientId, key, fingerprint);
        if (earlier.isPresent()) {
          return earlier.get();
        }
      }
      throw concurrent;
    }
  }

  private Optional<ResponseEntity<?>> replay(String clientId, String key, String fingerprint) {
    Optional<Stored> stored = jdbc.query("select operation, fingerprint, status_code, response_body from api_idempotency "
        + "where client_id = ? and idempotency_key = ?", (rs, i) -> new Stored(rs.getString(1), rs.getString(2),
        rs.getInt(3), rs.getString(4)), clientId, key).stream().findFirst();
    return stored.map(earlier -> {
      if (!earlier.fingerprint().equals(fingerprint)) {
        return ApiErrors.conflict("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key " + key + " 已用于另一请求（"
            + earlier.operation() + "），重试请原样发送原请求，新请求请使用新的 Idempotency-Key");
      }
      try {
        return ResponseEntity.status(earlier.statusCode()).contentType(MediaType.APPLICATION_JSON)
            .header(REPLAYED, "true").body(json.readTree(earlier.body()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("api_idempotency " + key + ": stored answer unreadable", e);
      }
    });
  }

  private String fingerprint(String operation, Object request) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((operation + "\n" + write(request)).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unwritable answer", e);
    }
  }
}
