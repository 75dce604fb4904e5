package cn.gov.oneseal.portal;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The portal's idempotency keys (table {@code applicant_request}): per operation (scope) a key is used
 * once; its request's fingerprint (SHA-256 of the content) and the answer are kept so that a retry gets
 * the same answer and a different request under the same key is recognised.
 */
@Repository
public class IdempotencyKeys {

  /** A request seen before under the key. */
  public record Seen(String requestHash, String caseNumber, String response) {}

  private final JdbcTemplate jdbc;

  public IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Seen> find(String scope, String key) {
    return jdbc.query("select request_hash, case_number, response from applicant_request where scope = ? "
        + "and idempotency_key = ?", (rs, i) -> new Seen(rs.getString(1), rs.getString(2), rs.getString(3)),
        scope, key).stream().findFirst();
  }

  /** Records the answer given to the request (in the request's transaction: refused requests leave nothing). */
  public void record(String scope, String key, String requestHash, String caseNumber, String response) {
    jdbc.update("insert into applicant_request (scope, idempotency_key, request_hash, case_number, response, "
        + "created_at) values (?, ?, ?, ?, ?, ?)", scope, key, requestHash, caseNumber, response,
        WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()));
  }
}
