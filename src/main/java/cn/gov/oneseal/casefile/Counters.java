package cn.gov.oneseal.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Named sequences in the database (per day case numbers, per prefix licence numbers). The row lock
 * of the update serialises concurrent callers on every node of a cluster. Owns {@code case_counter}.
 */
@Component
public class Counters {

  private final JdbcTemplate jdbc;

  public Counters(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long next(String key) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update("update case_counter set last_value = last_value + 1 where counter_key = ?", key);
      if (updated == 1) {
        Long value = jdbc.queryForObject("select last_value from case_counter where counter_key = ?", Long.class, key);
        return value == null ? 1 : value;
      }
      try {
        jdbc.update("insert into case_counter (counter_key, last_value) values (?, 1)", key);
        return 1;
      } catch (DuplicateKeyException raced) {
        // another transaction created the row first: take the update path again
      }
    }
    throw new IllegalStateException("计数器 " + key + " 无法递增");
  }
}
