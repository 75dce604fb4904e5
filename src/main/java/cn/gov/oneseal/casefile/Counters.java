package cn.gov.oneseal.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named sequences in the database (per day case numbers, per prefix licence numbers). The row lock
 * of the update serialises concurrent callers on every node of a cluster. Owns {@code case_counter}.
 *
 * <p>The first value of a key is an insert. Two callers can race to it, for example two windows registering the
 * day's first case at the same moment: the second insert waits for the first and then fails on the key. On
 * PostgreSQL a failed statement spoils its whole transaction, so the insert runs under a savepoint (a nested
 * transaction). The loser rolls back to it and takes the update path within the same registration.
 */
@Component
public class Counters {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public Counters(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public long next(String key) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update("update case_counter set last_value = last_value + 1 where counter_key = ?", key);
      if (updated == 1) {
        Long value = jdbc.queryForObject("select last_value from case_counter where counter_key = ?", Long.class, key);
        return value == null ? 1 : value;
      }
      try {
        savepoint.executeWithoutResult(s ->
            jdbc.update("insert into case_counter (counter_key, last_value) values (?, 1)", key));
        return 1;
      } catch (DuplicateKeyException raced) {
        // another transaction created the row first: back at the savepoint, take the update path again
      }
    }
    throw new IllegalStateException("计数器 " + key + " 无法递增");
  }
}
