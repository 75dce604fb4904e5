package cn.gov.oneseal.province;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The nightly reconciliations with the platform ({@code province_reconciliation}), owned here. */
@Repository
public class Reconciliations {

  /** One night's reconciliation: the period compared and what it found (null while it runs). */
  public record Run(long id, LocalDate runDay, OffsetDateTime periodFrom, OffsetDateTime periodTo, String state,
      Integer expected, Integer acknowledged, Integer missing, Integer resent, String error, OffsetDateTime startedAt,
      OffsetDateTime finishedAt) {}

  private final JdbcTemplate jdbc;

  public Reconciliations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(LocalDate runDay) {
    Integer count = jdbc.queryForObject("select count(*) from province_reconciliation where run_day = ?",
        Integer.class, runDay);
    return count != null && count > 0;
  }

  /**
   * Keeps the night's run, RUNNING; throws {@link org.springframework.dao.DuplicateKeyException} when another node
   * kept it first.
   */
  long start(LocalDate runDay, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into province_reconciliation (run_day, period_from, period_to, state, started_at)
          values (?, ?, ?, 'RUNNING', ?)""", new String[] {"id"});
      statement.setObject(1, runDay);
      statement.setObject(2, from);
      statement.setObject(3, to);
      statement.setObject(4, now);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Run> get(long id) {
    return jdbc.query("select * from province_reconciliation where id = ?", Reconciliations::map, id).stream()
        .findFirst();
  }

  /** The last run that finished or failed. */
  public Optional<Run> last() {
    return jdbc.query("select * from province_reconciliation where state <> 'RUNNING'"
        + " order by started_at desc, id desc fetch first 1 rows only", Reconciliations::map).stream().findFirst();
  }

  void finished(long id, int expected, int acknowledged, int missing, int resent, OffsetDateTime at) {
    jdbc.update("""
        update province_reconciliation set state = 'FINISHED', expected = ?, acknowledged = ?, missing = ?,
          resent = ?, finished_at = ?, error = null where id = ?""", expected, acknowledged, missing, resent, at, id);
  }

  void failed(long id, String error, OffsetDateTime at) {
    jdbc.update("update province_reconciliation set state = 'FAILED', error = ?, finished_at = ? where id = ?", error,
        at, id);
  }

  private static Run map(ResultSet rs, int row) throws SQLException {
    return new Run(rs.getLong("id"), rs.getObject("run_day", LocalDate.class),
        rs.getObject("period_from", OffsetDateTime.class), rs.getObject("period_to", OffsetDateTime.class),
        rs.getString("state"), (Integer) rs.getObject("expected"), (Integer) rs.getObject("acknowledged"),
        (Integer) rs.getObject("missing"), (Integer) rs.getObject("resent"), rs.getString("error"),
        rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
  }
}
