package cn.gov.oneseal.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which stops count, by configuration: special procedures always, applicant waits by local rule. */
class ClockPropertiesTest {

  @Test
  void byDefaultWaitingForTheApplicantStopsTheClock() {
    ClockProperties defaults = new ClockProperties(null, null, null);
    assertThat(defaults.pauses(StopReason.CORRECTIONS)).isTrue();
    assertThat(defaults.pauses(StopReason.RECTIFICATION)).isTrue();
    assertThat(defaults.pauses(StopReason.HEARING)).isTrue();
  }

  @Test
  void aLocalRuleCanKeepTheClockRunningWhileWaiting() {
    ClockProperties local = new ClockProperties(Set.of(StopReason.RECTIFICATION), null, null);
    assertThat(local.pauses(StopReason.CORRECTIONS)).isFalse();
    assertThat(local.pauses(StopReason.RECTIFICATION)).isTrue();
    assertThat(local.pauses(StopReason.EXPERT_REVIEW)).isTrue();
  }
}
