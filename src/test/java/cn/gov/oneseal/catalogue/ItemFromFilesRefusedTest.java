package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.gov.oneseal.OneSealApplication;
import cn.gov.oneseal.support.AnalystFiles;
import cn.gov.oneseal.support.TestDatabase;
import java.util.Arrays;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/**
 * The item of {@link ItemFromFilesTest} added with one thing missing: the bureau refuses to start and says in
 * Chinese what is missing (the report an analyst reads, src/docs/analysts-guide.md, "Add an item").
 */
@Tag(TestDatabase.TAG)
class ItemFromFilesRefusedTest {

  static final String CODE = ItemFromFilesTest.CODE;

  @Test
  void anEntryWithoutItsModelIsRefused() {
    AnalystFiles files = AnalystFiles.of("no-model", ItemFromFilesTest.ENTRY, CODE, null).buildStartForms();

    assertThat(refusal(files, "noModel"))
        .contains("GasBusinessLicence: processes/ 中没有流程键为 GasBusinessLicence 的 BPMN 流程");
  }

  @Test
  void aModelWhoseStageCallsLackTheirBindingsIsRefused() {
    BpmnModelInstance model = ItemFromFilesTest.model();
    // the review drawn without its template's business key, the intake without its decision given back
    CallActivity review = model.getModelElementById("CallActivity_Review");
    review.getExtensionElements().getChildElementsByType(CamundaIn.class).stream()
        .filter(in -> in.getCamundaBusinessKey() != null).toList()
        .forEach(in -> review.getExtensionElements().removeChildElement(in));
    CallActivity intake = model.getModelElementById("CallActivity_Intake");
    intake.getExtensionElements().getChildElementsByType(CamundaOut.class).stream()
        .filter(out -> out.getCamundaSource().equals("intakeDecision")).toList()
        .forEach(out -> intake.getExtensionElements().removeChildElement(out));
    AnalystFiles files = AnalystFiles.of("unbound-stages", ItemFromFilesTest.ENTRY, CODE, model).buildStartForms();

    assertThat(refusal(files, "unboundStages"))
        .contains("GasBusinessLicence.CallActivity_Review（审查，GasBusinessLicence.bpmn）: 缺少业务键（办件编号）："
            + "须传入 businessKey #{execution.processBusinessKey}（元素模板“业务键：办件编号”）")
        .contains("GasBusinessLicence.CallActivity_Intake（受理，GasBusinessLicence.bpmn）: 缺少环节 Stage_Intake "
            + "传回的变量 intakeDecision");
  }

  @Test
  void anEntryWithABrokenLimitIsRefusedByTheBuildAndAtStartUp() {
    String broken = ItemFromFilesTest.ENTRY.replace("promisedLimit: 7", "promisedLimit: 21");
    AnalystFiles files = AnalystFiles.of("broken-limit", broken, CODE, ItemFromFilesTest.model());
    String message = "GasBusinessLicence.promisedLimit: 承诺时限 21 个工作日超过法定时限 20 个工作日";

    // the build's start-form step reads the catalogue by the same rules and stops
    assertThat(catchThrowable(files::buildStartForms)).isInstanceOf(CatalogueException.class).hasMessageContaining(message);
    // started anyway (the forms of the committed items only), the bureau refuses the catalogue
    assertThat(refusal(files, "brokenLimit")).contains(message);
  }

  /** Starts the bureau on the files; returns the description of Spring Boot's APPLICATION FAILED TO START report. */
  private static String refusal(AnalystFiles files, String engineName) {
    String[] args = Arrays.stream(files.properties()).map(p -> "--" + p).toArray(String[]::new);
    String[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--server.port=0";
    all[args.length + 1] = "--camunda.bpm.process-engine-name=" + engineName;
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OneSealApplication.class)
        .profiles(TestDatabase.profiles("demo", "test")).run(all).close());
    assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(CatalogueException.class);
    FailureAnalysis analysis = new CatalogueFailureAnalyzer().analyze(failure);
    assertThat(analysis.getAction()).contains("processes/catalogue.yaml");
    return analysis.getDescription();
  }
}
