package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests are skipped on a developer's machine and fail in CI, saying what to install. */
class BrowserAvailabilityTest {

  static final Path NONE = Path.of("/nonexistent/chromium");
  static final String INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver";

  @Test
  void withoutChromiumTheTestIsSkippedNamingThePackages() {
    assertThatThrownBy(() -> Browser.requireChromium(NONE, NONE, Map.of()))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining(INSTALL).hasMessageContaining(NONE.toString());
  }

  @Test
  void inCiOrWhenRequiredItFails() {
    for (Map<String, String> env : java.util.List.of(Map.of("CI", "true"), Map.of("ONESEAL_BROWSER_TESTS", "required"))) {
      assertThatThrownBy(() -> Browser.requireChromium(NONE, NONE, env)).as(env.toString())
          .isInstanceOf(AssertionFailedError.class).hasMessageContaining(INSTALL);
    }
  }

  @Test
  void bothProgramsPresentLetItRun(@TempDir Path dir) throws Exception {
    Path chromium = Files.createFile(dir.resolve("chromium"));
    Path driver = Files.createFile(dir.resolve("chromedriver"));
    chromium.toFile().setExecutable(true);
    assertThatThrownBy(() -> Browser.requireChromium(chromium, driver, Map.of("CI", "true")))
        .as("a driver that cannot be run").isInstanceOf(AssertionFailedError.class);
    driver.toFile().setExecutable(true);
    assertThatCode(() -> Browser.requireChromium(chromium, driver, Map.of("CI", "true"))).doesNotThrowAnyException();
  }
}
