package cn.gov.oneseal.modelchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's model lint run from the application on a copy of the workspace (processes/ with its element templates,
 * the deployed forms target/classes/forms): the problems of a changed model in Chinese, naming the elements; no
 * silent pass when the lint cannot run. Needs node and src/lint/node_modules (the build's lint-install).
 */
class ModelLintTest {

  private static final Path LINT = Path.of("src", "lint");
  private static final String FOOD = "FoodBusinessLicence.bpmn";

  @TempDir
  Path workspace;

  private Path processes;
  private Path forms;

  @BeforeEach
  void copyWorkspace() throws IOException {
    processes = workspace.resolve("processes");
    forms = workspace.resolve("forms");
    copy(Path.of("processes"), processes);
    copy(Path.of("target", "classes", "forms"), forms);
  }

  @Test
  void aBrokenModelHasItsErrorsInChineseWithTheElementIds() throws IOException {
    Path food = processes.resolve(FOOD);
    String model = Files.readString(food, StandardCharsets.UTF_8)
        .replace(" camunda:historyTimeToLive=\"3650\"", "")
        .replace("<bpmn:exclusiveGateway id=\"Gateway_Accepted\" name=\"是否受理？\"", "<bpmn:exclusiveGateway id=\"Gateway_Accepted\"")
        .replace("EndEvent_Rejected", "ScriptTask_Rejected")
        .replace("<bpmn:endEvent id=\"ScriptTask_Rejected\" name=\"不予受理\">\n      <bpmn:incoming>Flow_Rejected</bpmn:incoming>\n    </bpmn:endEvent>",
            "<bpmn:scriptTask id=\"ScriptTask_Rejected\" name=\"不予受理\" scriptFormat=\"groovy\">\n"
                + "      <bpmn:incoming>Flow_Rejected</bpmn:incoming>\n      <bpmn:script>println 1</bpmn:script>\n"
                + "    </bpmn:scriptTask>");
    assertThat(model).contains("<bpmn:scriptTask id=\"ScriptTask_Rejected\"");
    Files.writeString(food, model, StandardCharsets.UTF_8);

    List<LintProblem> errors = lint().lint(processes, forms, List.of(FOOD)).stream().filter(LintProblem::error).toList();

    assertThat(errors).extracting(LintProblem::file).containsOnly(FOOD);
    assertThat(errors).extracting(LintProblem::elementId, LintProblem::rule).containsExactly(
        tuple("FoodBusinessLicence", "oneseal/history-time-to-live"),
        tuple("Gateway_Accepted", "oneseal/gateway-question"),
        tuple("ScriptTask_Rejected", "oneseal/no-scripts"));
    assertThat(errors.get(0).message())
        .isEqualTo("元素 FoodBusinessLicence（食品经营许可）：流程缺少 camunda:historyTimeToLive（历史保留期限），引擎会拒绝部署");
    assertThat(errors.get(1).message()).startsWith("元素 Gateway_Accepted：分支网关没有名称");
    assertThat(errors.get(2).message())
        .isEqualTo("元素 ScriptTask_Rejected（不予受理）：脚本任务（groovy）：本局引擎在部署时拒绝任何脚本：请改用 Java 委托或表达式");

    // another file of the same workspace: nothing to report, though it is read with the broken one
    assertThat(lint().lint(processes, forms, List.of("DrugRetailLicence.bpmn"))).isEmpty();
  }

  @Test
  void anUnchangedModelHasNoErrors() {
    assertThat(lint().lint(processes, forms, List.of(FOOD, "Stage_Review.bpmn", "Stage_Review.json")))
        .noneMatch(LintProblem::error);
  }

  @Test
  void noNodeIsNoSilentPass() {
    ModelLint lint = new ModelLint(workspace.resolve("no-such-node").toString(), LINT.toString());
    assertThatThrownBy(() -> lint.lint(processes, forms, List.of(FOOD)))
        .isInstanceOf(LintUnavailable.class)
        .hasMessageStartingWith("模型检查工具暂不可用（")
        .hasMessageEndingWith("），变更未提交；请联系系统管理员");
  }

  @Test
  void aLintThatHangsIsStoppedAndNoSilentPass() throws IOException {
    Path hanging = workspace.resolve("hanging-node");
    Files.writeString(hanging, "#!/bin/sh\nsleep 60\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    ModelLint lint = new ModelLint(hanging.toString(), LINT, Duration.ofSeconds(1));
    long start = System.nanoTime();
    assertThatThrownBy(() -> lint.lint(processes, forms, List.of(FOOD)))
        .isInstanceOf(LintUnavailable.class)
        .hasMessage("模型检查工具暂不可用（检查超过 1 秒未完成），变更未提交；请联系系统管理员");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aLintThatPrintsNoJsonIsNoSilentPass() throws IOException {
    Path silent = workspace.resolve("silent-node");
    Files.writeString(silent, "#!/bin/sh\necho 'model lint: 0 errors'\nexit 0\n");
    Files.setPosixFilePermissions(silent, PosixFilePermissions.fromString("rwx------"));
    assertThatThrownBy(() -> new ModelLint(silent.toString(), LINT.toString()).lint(processes, forms, Set.of(FOOD)))
        .isInstanceOf(LintUnavailable.class)
        .hasMessageContaining("检查程序没有给出结果");
  }

  private static ModelLint lint() {
    return new ModelLint("node", LINT.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
