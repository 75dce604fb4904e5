package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.AnalystFiles;
import cn.gov.oneseal.support.TemplateModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;

/** The start-up check of the items' calls of shared stages: what each finds in a model drawn from the templates. */
class StageCallsTest {

  static BpmnModelInstance drawn() {
    return new TemplateModels(AnalystFiles.TEMPLATES).promiseItem("SewageDischargePermit", "城镇污水排入排水管网许可");
  }

  @Test
  void everyCommittedModelAndAModelDrawnFromTheTemplatesPass() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        assertThat(StageCalls.check(Bpmn.readModelFromFile(file.toFile()), file.getFileName().toString()))
            .as(file.toString()).isEmpty();
      }
    }
    assertThat(StageCalls.check(drawn(), "drawn.bpmn")).isEmpty();
  }

  @Test
  void aMappingOutsideTheContractAnUnknownStageAndAllVariablesAreRefused() {
    BpmnModelInstance model = drawn();
    CallActivity review = model.getModelElementById("CallActivity_Review");
    CamundaIn extra = model.newInstance(CamundaIn.class);
    extra.setCamundaSource("applicantId");
    extra.setCamundaTarget("applicantId");
    review.getExtensionElements().addChildElement(extra);
    CamundaIn all = model.newInstance(CamundaIn.class);
    all.setCamundaVariables("all");
    review.getExtensionElements().addChildElement(all);
    // a variable passed under the stage's name but from another one is not the stage's variable
    CallActivity delivery = model.getModelElementById("CallActivity_Delivery");
    delivery.getExtensionElements().getChildElementsByType(CamundaIn.class).stream()
        .filter(in -> "decision".equals(in.getCamundaTarget())).findFirst().orElseThrow().setCamundaSource("result");
    CallActivity survey = model.getModelElementById("CallActivity_SiteSurvey");
    survey.setCalledElement("Stage_Survey");

    assertThat(StageCalls.check(model, "SewageDischargePermit.bpmn")).containsExactlyInAnyOrder(
        "SewageDischargePermit.CallActivity_Review（审查，SewageDischargePermit.bpmn）: 传入了环节 Stage_Review 约定之外的变量 "
            + "applicantId（约定传入：caseNumber、itemCode、itemName、caseSummary、surveyResult、surveyFindings、deficiencyPending）",
        "SewageDischargePermit.CallActivity_Review（审查，SewageDischargePermit.bpmn）: 不能传入全部变量（variables=\"all\"），"
            + "只传入环节 Stage_Review 约定的变量",
        "SewageDischargePermit.CallActivity_Delivery（制证送达，SewageDischargePermit.bpmn）: 传入了环节 Stage_Delivery 约定之外的变量 "
            + "result → decision（约定传入：caseNumber、itemCode、itemName、caseSummary、decision、decisionOpinion、licenceNumber、"
            + "deficiencyPending）",
        "SewageDischargePermit.CallActivity_Delivery（制证送达，SewageDischargePermit.bpmn）: 缺少传入环节 Stage_Delivery 的变量 decision",
        "SewageDischargePermit.CallActivity_SiteSurvey（联合现场勘验，SewageDischargePermit.bpmn）: 调用的共享环节 Stage_Survey 不存在；"
            + "请从 processes/.camunda/element-templates/ 中的元素模板创建");
  }
}
