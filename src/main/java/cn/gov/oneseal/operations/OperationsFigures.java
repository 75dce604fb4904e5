package cn.gov.oneseal.operations;

import cn.gov.oneseal.supervision.CardKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the gauges and the job executor's health report, read from the tables with one count query each and kept for
 * {@code oneseal.operations.figures-cache} (default 15 s) so that scrapes and health checks of several callers do
 * not add up. Plain SQL, not the engine's queries: the engine's job query would apply the caller's authorizations
 * (a monitoring account sees no process instance) and does not filter on locks. The figures are the whole
 * database's (every node's), as the tables are shared.
 */
@Component
public class OperationsFigures {

  /**
   * The job executor's work: jobs it could acquire now (retries left, active, due, not locked — the acquisition's
   * own conditions), the oldest of them, and the jobs whose retries are used up (each has an incident).
   */
  public record Jobs(long backlog, Instant oldestDue, long failed) {}

  private final JdbcTemplate jdbc;
  private final Cached<Jobs> jobs;
  private final Cached<Map<CardKind, Long>> openCards;

  public OperationsFigures(JdbcTemplate jdbc, @Value("${oneseal.operations.figures-cache:PT15S}") Duration ttl) {
    this.jdbc = jdbc;
    this.jobs = new Cached<>(ttl, this::readJobs);
    this.openCards = new Cached<>(ttl, this::readOpenCards);
  }

  public Jobs jobs() {
    return jobs.get();
  }

  /** Open e-supervision cards by kind (every kind, 0 when none). */
  public Map<CardKind, Long> openCards() {
    return openCards.get();
  }

  /** Reads again on the next call (the tests, which compare before and after). */
  void forget() {
    jobs.forget();
    openCards.forget();
  }

  private Jobs readJobs() {
    // the engine's clock (tests move it); the engine writes its dates in the JVM's zone, as this parameter is
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Jobs due = jdbc.queryForObject("""
        select count(*) as backlog, min(DUEDATE_) as oldest from ACT_RU_JOB
        where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= ?)
          and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < ?)""",
        (rs, row) -> {
          Timestamp oldest = rs.getTimestamp("oldest");
          return new Jobs(rs.getLong("backlog"), oldest == null ? null : oldest.toInstant(), 0);
        }, now, now);
    Long failed = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ = 0", Long.class);
    return new Jobs(due.backlog(), due.oldestDue(), failed == null ? 0 : failed);
  }

  private Map<CardKind, Long> readOpenCards() {
    Map<CardKind, Long> counts = new EnumMap<>(CardKind.class);
    for (CardKind kind : CardKind.values()) {
      counts.put(kind, 0L);
    }
    // index idx_supervision_card_open (status, kind)
    jdbc.query("select kind, count(*) as cards from supervision_card where status = 'OPEN' group by kind",
        rs -> {
          counts.put(CardKind.valueOf(rs.getString("kind")), rs.getLong("cards"));
        });
    return counts;
  }

  /** A value read at most once per time to live (a failed read is not kept). */
  static final class Cached<T> {

    private final long ttlNanos;
    private final Supplier<T> read;
    private T value;
    private long readAt;

    Cached(Duration ttl, Supplier<T> read) {
      this.ttlNanos = ttl.toNanos();
      this.read = read;
    }

    synchronized T get() {
      long now = System.nanoTime();
      if (value == null || now - readAt >= ttlNanos) {
        value = read.get();
        readAt = now;
      }
      return value;
    }

    synchronized void forget() {
      value = null;
    }
  }
}
