package cn.gov.oneseal.api;

import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

/**
 * Runs a client's request of {@code /api/v1} in one transaction (engine and tables alike: nothing is
 * half-written when it is refused) and, with an {@code Idempotency-Key}, at most once: a retry with the same
 * key and the same request gets the first answer again (header {@code Idempotent-Replayed: true}); the same
 * key for another request is refused (409 {@code IDEMPOTENCY_KEY_REUSED}); a retry while the first request
 * is still being done waits for it and gets its answer, or 409 {@code IDEMPOTENCY_KEY_IN_USE} if it cannot.
 * Only successful answers are kept ({@code api_idempotency}, owned here); a refused request ({@link ApiException} or a
 * non-2xx answer) wrote nothing and may be corrected and sent again.
 *
 * <p>Keys are per client and {@link Policy#keyPerOperation() key space}: the regulators' systems use a key
 * once whatever they ask; the portal once per operation and case.
 */
@Component
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  /** The key space of a client whose keys are unique across its operations. */
  static final String ANY_OPERATION = "*";

  /**
   * How an API uses the keys.
   *
   * @param keyRequired whether the key is required (else the request is done without one, not idempotently)
   * @param keyPerOperation whether a key is used once per operation (else once per client)
   * @param invalidCode the top-level code of the API's 400 answers
   * @param reusedMessage the 409 {@code IDEMPOTENCY_KEY_REUSED} message: a format of the key and the
   *     earlier request's operation
   * @param announceFresh whether a first answer carries {@code Idempotent-Replayed: false}
   */
  public record Policy(boolean keyRequired, boolean keyPerOperation, String invalidCode, String reusedMessage,
      boolean announceFresh) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;

  public IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ObjectMapper json) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  /**
   * Deletes the answers kept from before {@code before} (operations/IdempotencyCleanup, nightly): a client's retry
   * after that would act again. Returns how many were deleted.
   */
  public int forgetOlderThan(OffsetDateTime before) {
    return jdbc.update("delete from api_idempotency where created_at < ?", before);
  }

  private record Stored(String operation, String fingerprint, int statusCode, String body) {}

  /**
   * The answer to the request: replayed when the key was used for it before, else {@code action}'s, in a
   * transaction that is rolled back unless the answer is a success.
   *
   * @param policy how the API uses its keys
   * @param clientId the caller (keys are per client)
   * @param key the client's {@code Idempotency-Key}, or null
   * @param operation what is asked, e.g. {@code sign-for 3205…} (a key may not ask another thing)
   * @param request the request's content (a map or a record, JSON-serialisable: written as a map, sorted), part of
   *     the fingerprint
   */
  /** What makes two multipart submissions the same: their text and their files' part names and SHA-256. */
  public static Map<String, Object> content(String text, Map<String, MultipartFile> files) {
    Map<String, String> hashes = new TreeMap<>();
    files.forEach((name, file) -> {
      try {
        hashes.put(name, Sha256.hex(file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Map<String, Object> content = new HashMap<>();
    content.put("text", text);
    content.put("files", hashes);
    return content;
  }

  public ResponseEntity<?> run(Policy policy, String clientId, String key, String operation, Object request,
      Supplier<ResponseEntity<?>> action) {
    checkKey(policy, key);
    String scope = policy.keyPerOperation() ? operation : ANY_OPERATION;
    String fingerprint = fingerprint(operation, request);
    if (key != null) {
      Optional<ResponseEntity<?>> earlier = replay(policy, clientId, scope, key, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try {
      ResponseEntity<?> answer = transaction.execute(status -> {
        ResponseEntity<?> done = action.get();
        if (!done.getStatusCode().is2xxSuccessful()) {
          status.setRollbackOnly();
        } else if (key != null) {
          try {
            jdbc.update("insert into api_idempotency (client_id, scope, idempotency_key, operation, fingerprint, "
                + "status_code, response_body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", clientId, scope, key,
                operation, fingerprint, done.getStatusCode().value(), write(done.getBody()),
                offsetOf(ClockUtil.getCurrentTime()));
          } catch (DuplicateKeyException concurrent) {
            throw new KeyTaken(concurrent);
          }
        }
        return done;
      });
      return key != null && policy.announceFresh() && answer.getStatusCode().is2xxSuccessful()
          ? ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).header(REPLAYED, "false")
              .body(answer.getBody())
          : answer;
    } catch (KeyTaken concurrent) {
      // the same key was used at the same moment and the other request won: its answer is the answer
      return replay(policy, clientId, scope, key, fingerprint).orElseThrow(() -> ApiException.conflict(
          "IDEMPOTENCY_KEY_IN_USE", "同一 Idempotency-Key 的另一请求正在办理，请稍后用同一个键重试"));
    }
  }

  /** The key was used by another request at the same moment, which wrote its answer first. */
  private static final class KeyTaken extends RuntimeException {
    KeyTaken(DuplicateKeyException cause) {
      super(cause);
    }
  }

  private static void checkKey(Policy policy, String key) {
    if (policy.keyRequired()) {
      if (key == null || key.isBlank() || key.length() > 100) {
        throw ApiException.invalid(policy.invalidCode(), new FieldError(HEADER,
            key == null || key.isBlank() ? "REQUIRED" : "TOO_LONG",
            "请求头 Idempotency-Key 必填，1–100 个字符；重试同一请求时使用同一个值"));
      }
    } else if (key != null && (key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+"))) {
      throw ApiException.invalid(policy.invalidCode(), new FieldError(HEADER, "INVALID_FORMAT",
          "Idempotency-Key 须为 1–100 个可见 ASCII 字符（建议使用 UUID）"));
    }
  }

  private Optional<ResponseEntity<?>> replay(Policy policy, String clientId, String scope, String key,
      String fingerprint) {
    Optional<Stored> stored = jdbc.query("select operation, fingerprint, status_code, response_body from api_idempotency "
        + "where client_id = ? and scope = ? and idempotency_key = ?", (rs, i) -> new Stored(rs.getString(1),
        rs.getString(2), rs.getInt(3), rs.getString(4)), clientId, scope, key).stream().findFirst();
    return stored.map(earlier -> {
      if (!earlier.fingerprint().equals(fingerprint)) {
        throw ApiException.conflict("IDEMPOTENCY_KEY_REUSED", policy.reusedMessage().formatted(key,
            earlier.operation()));
      }
      try {
        return ResponseEntity.status(earlier.statusCode()).header(REPLAYED, "true").body(json.readTree(earlier.body()));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("api_idempotency " + key + ": stored answer unreadable", e);
      }
    });
  }

  /** The request as a map, written sorted: a request record and the map of the same values have one fingerprint. */
  private String fingerprint(String operation, Object request) {
    return Sha256.hex(operation + "\n" + write(json.convertValue(request, Object.class)));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unwritable answer", e);
    }
  }
}
