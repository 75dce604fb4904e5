package cn.gov.oneseal.modelchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the build's model lint (src/lint/lint.mjs: @camunda/linting as Camunda Modeler for Camunda Platform 7.24, the
 * engine's deploy-time refusals, no scripts, the stage contracts of the element templates, the forms Tasklist can
 * render) on a workspace holding a proposed model change, and returns its problems with their Chinese texts.
 *
 * <p>Properties: {@code oneseal.model-changes.node} — the Node.js 20 executable (default {@code node}, found on the
 * PATH); {@code oneseal.model-changes.lint-directory} — the directory of lint.mjs (default {@code src/lint}, relative
 * to the working directory of the application). That directory needs its dependencies installed: {@code npm ci} in it
 * (the build does so in phase generate-resources, execution lint-install; an installation elsewhere copies the
 * directory and runs {@code npm ci --ignore-scripts} there). When the lint cannot run, {@link #lint} throws
 * {@link LintUnavailable}: a change is never passed unchecked.
 */
@Component
public class ModelLint {

  private static final Logger LOG = LoggerFactory.getLogger(ModelLint.class);
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String node;
  private final Path directory;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  @Autowired
  public ModelLint(@Value("${oneseal.model-changes.node:node}") String node,
      @Value("${oneseal.model-changes.lint-directory:src/lint}") String directory) {
    this(node, Path.of(directory), TIMEOUT);
  }

  ModelLint(String node, Path directory, Duration timeout) {
    this.node = node;
    this.directory = directory.toAbsolutePath().normalize();
    this.timeout = timeout;
  }

  /**
   * Lints the workspace: every file of {@code processesDir} (BPMN, DMN, the element templates in
   * {@code .camunda/element-templates}) and {@code formsDir} is read, so that process ids, form ids, stage contracts
   * and called elements resolve across the whole workspace, but problems are reported only for {@code onlyFiles}.
   *
   * @param onlyFiles the file names (e.g. {@code FoodBusinessLicence.bpmn}, {@code Form_X.form}) to report on; null
   *     for every file
   * @return warnings first, then errors, in the lint's order
   * @throws LintUnavailable when node or the lint is missing, the lint takes longer than 30 s, or gives no result
   */
  public List<LintProblem> lint(Path processesDir, Path formsDir, Collection<String> onlyFiles) {
    Path script = directory.resolve("lint.mjs");
    if (!Files.isRegularFile(script)) {
      LOG.warn("model lint: {} not found (oneseal.model-changes.lint-directory)", script);
      throw new LintUnavailable("找不到模型检查程序");
    }
    List<String> command = new ArrayList<>(List.of(node, script.toString(),
        processesDir.toAbsolutePath().toString(), formsDir.toAbsolutePath().toString(), "--json"));
    if (onlyFiles != null) {
      command.add("--only=" + String.join(",", onlyFiles));
    }
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("oneseal-lint-", ".json");
      err = Files.createTempFile("oneseal-lint-", ".err");
      // stdout and stderr into files: no pipe can fill up and block the lint
      Process process = start(new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()));
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        LOG.warn("model lint: no result after {} s, stopped; stderr: {}", timeout.toSeconds(), read(err));
        throw new LintUnavailable("检查超过 " + timeout.toSeconds() + " 秒未完成");
      }
      String stderr = read(err);
      if (!stderr.isBlank()) {
        LOG.warn("model lint (exit {}) wrote to stderr: {}", process.exitValue(), stderr.strip());
      }
      return problems(read(out), process.exitValue());
    } catch (IOException e) {
      LOG.warn("model lint: cannot run it", e);
      throw new LintUnavailable("检查程序无法运行", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LintUnavailable("检查被中断", e);
    } finally {
      delete(out);
      delete(err);
    }
  }

  private Process start(ProcessBuilder builder) {
    try {
      return builder.start();
    } catch (IOException e) {
      LOG.warn("model lint: cannot start {} (oneseal.model-changes.node): {}", node, e.getMessage());
      throw new LintUnavailable("找不到 Node.js 程序", e);
    }
  }

  private List<LintProblem> problems(String stdout, int exit) {
    JsonNode result;
    try {
      result = stdout.isBlank() ? null : json.readTree(stdout);
    } catch (IOException e) {
      result = null;
    }
    if (result == null || !result.path("problems").isArray() || (exit != 0 && exit != 1)) {
      LOG.warn("model lint gave no result (exit {}): {}", exit, stdout.strip());
      throw new LintUnavailable("检查程序没有给出结果");
    }
    List<LintProblem> problems = new ArrayList<>();
    for (JsonNode p : result.get("problems")) {
      problems.add(new LintProblem("error".equals(p.path("severity").asText()),
          Path.of(p.path("file").asText()).getFileName().toString(),
          p.path("id").isTextual() ? p.path("id").asText() : null,
          p.path("rule").asText(), p.path("zh").asText()));
    }
    return problems;
  }

  private static String read(Path file) throws IOException {
    return file == null ? "" : Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      LOG.debug("cannot delete {}", file, e);
    }
  }
}
