package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without poppler's pdfsig the seal tests fail in CI (as the browser tests do) and are skipped elsewhere. */
class PdfsigRequiredTest {

  @Test
  void withoutPdfsigTheSealTestsFailWhenRequiredAndAreSkippedOtherwise() {
    assertThatThrownBy(() -> Pdfsig.require(Map.of("PATH", "/nonexistent", "ONESEAL_BROWSER_TESTS", "required")))
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("poppler-utils");
    assertThatThrownBy(() -> Pdfsig.require(Map.of("PATH", "/nonexistent", "CI", "true")))
        .isInstanceOf(AssertionFailedError.class);
    assertThatThrownBy(() -> Pdfsig.require(Map.of("PATH", "/nonexistent")))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("libnss3-tools");
  }
}
