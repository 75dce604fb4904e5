package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without SoftHSM the PKCS#11 seal test fails in CI (as the browser tests do) and is skipped elsewhere. */
class SoftHsmRequiredTest {

  static final Path NO_LIBRARY = Path.of("/nonexistent/libsofthsm2.so");

  @Test
  void withoutSoftHsmThePkcs11TestFailsWhenRequiredAndIsSkippedOtherwise() {
    assertThatThrownBy(() -> SoftHsm.require(Map.of("PATH", "/nonexistent", "ONESEAL_BROWSER_TESTS", "required",
        "SOFTHSM2_CONF", "/tmp/softhsm2.conf"), NO_LIBRARY))
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("softhsm2");
    assertThatThrownBy(() -> SoftHsm.require(Map.of("PATH", "/nonexistent", "CI", "true"), NO_LIBRARY))
        .isInstanceOf(AssertionFailedError.class);
    assertThatThrownBy(() -> SoftHsm.require(Map.of("PATH", "/nonexistent"), NO_LIBRARY))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("apt-get install");
  }

  @Test
  void withoutSofthsm2ConfThatMavenSetsThePkcs11TestSaysHowToRunIt() throws Exception {
    Path bin = Files.createTempDirectory("softhsm-bin");
    Path util = Files.createFile(bin.resolve("softhsm2-util"));
    util.toFile().setExecutable(true);
    Path library = Files.createFile(bin.resolve("libsofthsm2.so"));
    assertThatThrownBy(() -> SoftHsm.require(Map.of("PATH", bin.toString(), "CI", "true"), library))
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("SOFTHSM2_CONF");
    assertThatCode(() -> SoftHsm.require(Map.of("PATH", bin.toString(), "CI", "true", "SOFTHSM2_CONF", "/x.conf"),
        library)).doesNotThrowAnyException();
  }
}
