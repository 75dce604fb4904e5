package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.ModelRules;
import cn.gov.oneseal.process.ModelVocabulary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checks a change meets on arrival — the same as the build's: the model lint as Camunda Modeler runs it for
 * Camunda Platform 7.24 with the house rules and the element templates ({@link ModelLint}), the process vocabulary
 * ({@link ModelVocabulary}), the catalogue's start-up rules ({@link ModelRules}), and the engine's own deployment
 * checks with the bureau's (no scripts), tried in a deployment that is rolled back ({@link TrialDeployment}). Every
 * problem is said in Chinese; a change with errors is refused whole.
 */
@Component
class ChangeChecks {

  /** What the checks found: errors refuse the change; warnings go with it to the head. */
  record Report(List<String> errors, List<String> warnings) {

    boolean passed() {
      return errors.isEmpty();
    }

    /** The results as the head reads them. */
    String text() {
      if (errors.isEmpty() && warnings.isEmpty()) {
        return "全部检查通过（模型检查 Camunda 7.24、引擎部署检查、流程词汇表、元素模板、事项目录规则、不含脚本）：没有错误，没有警告。";
      }
      StringBuilder text = new StringBuilder();
      text.append(errors.isEmpty() ? "全部检查通过，没有错误；" : "错误 " + errors.size() + " 个；").append("警告 ")
          .append(warnings.size()).append(" 个：");
      int n = 0;
      for (String error : errors) {
        text.append("\n").append(++n).append(". 【错误】").append(error);
      }
      for (String warning : warnings) {
        text.append("\n").append(++n).append(". 【警告】").append(warning);
      }
      return text.toString();
    }
  }

  private final ItemCatalogue catalogue;
  private final ModelLint lint;
  private final LintWorkspace workspace;
  private final TrialDeployment trial;
  private final ChangeWorker worker;

  ChangeChecks(ItemCatalogue catalogue, ModelLint lint, LintWorkspace workspace, TrialDeployment trial,
      ChangeWorker worker) {
    this.catalogue = catalogue;
    this.lint = lint;
    this.workspace = workspace;
    this.trial = trial;
    this.worker = worker;
  }

  Report run(ProposedFiles change, ChangeResources.Completed completed, String tenantId) {
    List<String> errors = new ArrayList<>(change.problems());
    List<String> warnings = new ArrayList<>();
    errors.addAll(completed.problems());
    for (var file : change.files().entrySet()) {
      if (!file.getKey().endsWith(".form")) {
        errors.addAll(ModelVocabulary.problems(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8)));
      }
    }
    change.models().forEach((file, model) -> errors.addAll(ModelRules.check(model, file, catalogue)));
    if (change.files().isEmpty()) {
      return new Report(errors, warnings);
    }
    try (LintWorkspace.Folder folder = worker.call(() -> workspace.layOut(change, tenantId))) {
      for (LintProblem problem : lint.lint(folder.processes(), folder.forms(), change.files().keySet())) {
        (problem.error() ? errors : warnings).add(CurrentModels.fileName(problem.file()) + "：" + problem.message());
      }
    } catch (LintUnavailable unavailable) {
      // never a silent pass: without the lint the change is not proposed
      errors.add(unavailable.getMessage());
    }
    if (completed.problems().isEmpty()) {
      errors.addAll(trial.problems(completed.files(), tenantId));
    }
    return new Report(errors, warnings);
  }
}
