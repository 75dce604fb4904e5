package cn.gov.oneseal.seal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SoftHSM 2 (Debian softhsm2), a PKCS#11 token in software, as the bureau's signature device in the tests.
 *
 * <p>SoftHSM reads its configuration from the file named by the environment variable {@code SOFTHSM2_CONF} and
 * nowhere else (a system property does not reach it), once, when a process first loads the library. A JVM cannot set
 * its own environment, so pom.xml's surefire configuration sets {@code SOFTHSM2_CONF} to
 * {@code target/softhsm2/softhsm2.conf}; {@link #start} writes that file, its token folder a fresh temporary one,
 * before anything in the JVM opens the library (only the PKCS#11 test does), and {@code softhsm2-util}, which
 * initialises the tokens, inherits the variable. The system's {@code /etc/softhsm/softhsm2.conf} is not used: its
 * token folder belongs to root and to the softhsm group and outlives the test.
 */
final class SoftHsm {

  static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
  static final String INSTALL =
      "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends softhsm2";
  static final String SO_PIN = "87654321";

  private final Path tokens;

  private SoftHsm(Path tokens) {
    this.tokens = tokens;
  }

  /**
   * Whether the PKCS#11 test can run: without SoftHSM (or without {@code SOFTHSM2_CONF}, i.e. not run by Maven) it
   * fails when required (in CI, or ONESEAL_BROWSER_TESTS=required, as the browser tests) and is skipped otherwise,
   * naming the package to install.
   */
  static void require() {
    require(System.getenv(), LIBRARY);
  }

  static void require(Map<String, String> env, Path library) {
    String missing = null;
    if (!Pdfsig.onPath("softhsm2-util", env) || !Files.isReadable(library)) {
      missing = "the PKCS#11 seal test uses SoftHSM 2 (softhsm2-util and " + library + " not found): " + INSTALL;
    } else if (env.getOrDefault("SOFTHSM2_CONF", "").isBlank()) {
      missing = "the PKCS#11 seal test needs SOFTHSM2_CONF, which pom.xml's surefire configuration sets: run it "
          + "with mvn -Dtest=Pkcs11SealKeysTest test";
    }
    if (missing == null) {
      return;
    }
    boolean required = !env.getOrDefault("CI", "").isBlank()
        || "required".equalsIgnoreCase(env.get("ONESEAL_BROWSER_TESTS"));
    if (required) {
      fail(missing);
    }
    assumeTrue(false, missing);
  }

  /** Writes the configuration {@code SOFTHSM2_CONF} names, with its tokens in {@code tokens} (an empty folder). */
  static SoftHsm start(Path tokens) throws IOException {
    Path conf = Path.of(System.getenv("SOFTHSM2_CONF"));
    Files.createDirectories(conf.getParent());
    Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
        + "log.level = ERROR\nslots.removable = false\nslots.mechanisms = ALL\n");
    return new SoftHsm(tokens);
  }

  /** Initialises a token with the label and user PIN; its slot id (SoftHSM gives a new token a new slot). */
  long initToken(String label, String pin) throws IOException, InterruptedException {
    String output = Pdfsig.run(List.of("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin",
        SO_PIN, "--pin", pin));
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
    if (!slot.find()) {
      fail("softhsm2-util did not say the token's slot (tokens in " + tokens + "): " + output);
    }
    return Long.parseLong(slot.group(1));
  }

  /**
   * A SunPKCS11 configuration file for the token in the slot, as an operator writes one for the bureau's device;
   * keys imported or made through it are sensitive and not extractable (they never leave the token).
   */
  static Path sunPkcs11Config(Path dir, String name, long slot) throws IOException {
    return Files.writeString(dir.resolve(name + "-pkcs11.cfg"), "name = " + name + "\nlibrary = " + LIBRARY
        + "\nslot = " + slot + "\nattributes(*, CKO_PRIVATE_KEY, *) = {\n  CKA_SENSITIVE = true\n"
        + "  CKA_EXTRACTABLE = false\n}\n");
  }
}
