package cn.gov.oneseal.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig} (Debian poppler-utils), a verifier the project did not write, with an NSS database (made
 * with {@code certutil}, Debian libnss3-tools) that trusts the test CA and nothing else.
 */
final class Pdfsig {

  static final String INSTALL =
      "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends poppler-utils libnss3-tools";

  private final Path nss;

  private Pdfsig(Path nss) {
    this.nss = nss;
  }

  /**
   * Whether the verifier tests can run: without pdfsig and certutil they fail when required (in CI, or
   * ONESEAL_BROWSER_TESTS=required, as the browser tests) and are skipped otherwise, naming the packages to install.
   */
  static void require() {
    require(System.getenv());
  }

  static void require(Map<String, String> env) {
    if (onPath("pdfsig", env) && onPath("certutil", env) && onPath("pdftoppm", env)) {
      return;
    }
    String message = "the seal tests verify with poppler's pdfsig and pdftoppm and NSS's certutil (not found on the "
        + "PATH): " + INSTALL;
    boolean required = !env.getOrDefault("CI", "").isBlank()
        || "required".equalsIgnoreCase(env.get("ONESEAL_BROWSER_TESTS"));
    if (required) {
      fail(message);
    }
    assumeTrue(false, message);
  }

  static boolean onPath(String command, Map<String, String> env) {
    String path = env.get("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /** pdfsig with a fresh NSS database in {@code dir} trusting {@code caPem} for signatures. */
  static Pdfsig trusting(Path dir, String caPem) throws IOException, InterruptedException {
    Path nss = Files.createDirectories(dir.resolve("nss"));
    run(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
    Path ca = dir.resolve("ca.pem");
    Files.writeString(ca, caPem);
    run(List.of("certutil", "-A", "-d", "sql:" + nss, "-n", "OneSeal Test CA", "-t", "CT,C,C", "-a", "-i",
        ca.toString()));
    return new Pdfsig(nss);
  }

  /** pdfsig's report on the file (its exit status is not the verdict: it is 0 for an invalid signature too). */
  String verify(Path pdf) throws IOException, InterruptedException {
    return run(List.of("pdfsig", "-nssdir", "sql:" + nss, pdf.toString()));
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    return run(command, true);
  }

  static String run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command + " did not finish");
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (mustSucceed) {
      assertEquals(0, process.exitValue(), command + ": " + text);
    }
    return text;
  }
}
