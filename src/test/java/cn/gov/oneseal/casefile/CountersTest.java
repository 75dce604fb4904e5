package cn.gov.oneseal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.TestDatabase;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two registrations racing to the day's first case number both get a number, one after the other: found by the
 * benchmark (issue #24), whose two threads registering the first cases of a day made the second fail on PostgreSQL.
 */
@OneSealSpringTest
class CountersTest {

  @Autowired Counters counters;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theSecondOfTwoFirstCallersWaitsForTheFirstAndTakesTheNextValue() throws Exception {
    // on H2 the second insert does not wait for the first one's commit; PostgreSQL's wait is what the race needs
    assumeTrue(TestDatabase.postgres(), "PostgreSQL only");
    String key = "race-" + UUID.randomUUID().toString().substring(0, 18);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch firstHasItsValue = new CountDownLatch(1);
    CountDownLatch secondIsWaiting = new CountDownLatch(1);
    try {
      CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
        long value = counters.next(key);
        firstHasItsValue.countDown();
        await(secondIsWaiting);
        // the second caller's insert is now blocked on this one's uncommitted row
        sleep(500);
        return value;
      }));
      assertThat(firstHasItsValue.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
        secondIsWaiting.countDown();
        return counters.next(key);
      }));
      assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(jdbc.queryForObject("select last_value from case_counter where counter_key = ?", Long.class, key))
          .isEqualTo(2);
    } finally {
      jdbc.update("delete from case_counter where counter_key = ?", key);
    }
  }

  @Test
  void aKeyCountsFromOneWithinACallersTransaction() {
    String key = "count-" + UUID.randomUUID().toString().substring(0, 18);
    try {
      Long last = new TransactionTemplate(transactions).execute(status -> {
        counters.next(key);
        counters.next(key);
        return counters.next(key);
      });
      assertThat(last).isEqualTo(3);
    } finally {
      jdbc.update("delete from case_counter where counter_key = ?", key);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
