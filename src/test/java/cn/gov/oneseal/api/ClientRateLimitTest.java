package cn.gov.oneseal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The verification's limit per client: the 31st request within any minute waits, and is told how long. */
class ClientRateLimitTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void theThirtyFirstRequestWithinAMinuteWaitsUntilTheFirstIsAMinuteOld() {
    AtomicLong now = new AtomicLong(1_000 * SECOND);
    ClientRateLimit limit = new ClientRateLimit("test.requests-per-minute", 30, 100, now::get);
    for (int i = 0; i < 30; i++) {
      assertThat(limit.take("10.0.0.1")).isZero();
      now.addAndGet(SECOND);
    }
    // 30 s after the first: it is 30 s from a minute old
    assertThat(limit.take("10.0.0.1")).isEqualTo(30);
    assertThat(limit.take("10.0.0.2")).as("another client has its own minute").isZero();
    now.addAndGet(30 * SECOND);
    assertThat(limit.take("10.0.0.1")).as("the first request is a minute old").isZero();
    assertThat(limit.take("10.0.0.1")).as("the second is not").isEqualTo(1);
  }

  @Test
  void aFloodOfAddressesForgetsIdleClientsAndOtherwiseWaits() {
    AtomicLong now = new AtomicLong(0);
    ClientRateLimit limit = new ClientRateLimit("test.requests-per-minute", 30, 2, now::get);
    assertThat(limit.take("a")).isZero();
    assertThat(limit.take("b")).isZero();
    assertThat(limit.take("c")).as("the table is full of active clients").isEqualTo(60);
    now.addAndGet(61 * SECOND);
    assertThat(limit.take("c")).as("idle clients forgotten").isZero();
  }
}
