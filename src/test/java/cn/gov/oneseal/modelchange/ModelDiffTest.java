package cn.gov.oneseal.modelchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/** The diff the bureau head reads, on the project's real models and forms changed as an analyst would change them. */
class ModelDiffTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static BpmnModelInstance model(String name) {
    return Bpmn.readModelFromFile(Path.of("processes", name + ".bpmn").toFile());
  }

  private static String form(String id) throws IOException {
    return Files.readString(Path.of("forms", id + ".form"));
  }

  private static Optional<String> formFile(String formId) {
    try {
      Path file = Path.of("forms", formId + ".form");
      return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T extends BaseElement> T element(BpmnModelInstance model, String id, Class<T> type) {
    return type.cast(model.getModelElementById(id));
  }

  private static ModelDifference diff(Kind kind, String process, String element, String text) {
    return new ModelDifference(kind, process, element, text);
  }

  private static SequenceFlow flow(BpmnModelInstance model, String id, String from, String to) {
    SequenceFlow flow = model.newInstance(SequenceFlow.class);
    flow.setId(id);
    element(model, from, FlowNode.class).getParentElement().addChildElement(flow);
    flow.setSource(element(model, from, FlowNode.class));
    flow.setTarget(element(model, to, FlowNode.class));
    return flow;
  }

  @Test
  void anUnchangedModelHasNoDifferences() throws IOException {
    FormLookup sameForms = new FormLookup() {
      @Override
      public Optional<String> before(String formId) {
        return formFile(formId);
      }

      @Override
      public Optional<String> after(String formId) {
        return formFile(formId);
      }
    };
    try (var files = Files.list(Path.of("processes"))) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn"))
          .map(f -> f.substring(0, f.length() - ".bpmn".length())).sorted().toList();
      assertThat(names).hasSizeGreaterThan(30);
      for (String name : names) {
        assertThat(ModelDiff.between(model(name), model(name), sameForms)).as(name).isEmpty();
      }
    }
    assertThat(ModelDiff.text(List.of())).isEqualTo("没有变更");
  }

  @Test
  void aNewModelIsOneLineNotOnePerElement() {
    assertThat(ModelDiff.between(null, model("Stage_Intake"), FormLookup.none())).containsExactly(
        diff(Kind.ADDED, "Stage_Intake", "Stage_Intake", "新增流程 Stage_Intake（受理（共享环节））：13 个流程节点、12 条顺序流"));
  }

  @Test
  void aRenamedCallActivity() {
    BpmnModelInstance after = model("FoodBusinessLicence");
    element(after, "CallActivity_Review", CallActivity.class).setName("实质审查");

    assertThat(ModelDiff.between(model("FoodBusinessLicence"), after, FormLookup.none())).containsExactly(
        diff(Kind.RENAMED, "FoodBusinessLicence", "CallActivity_Review", "改名 CallActivity_Review：「审查」改为「实质审查」"));
  }

  @Test
  void aBoundaryTimersDateIsAChangedLimit() {
    BpmnModelInstance after = model("Stage_Intake");
    BoundaryEvent timer = element(after, "BoundaryEvent_FiveWorkingDays", BoundaryEvent.class);
    ((TimerEventDefinition) timer.getEventDefinitions().iterator().next()).getTimeDate()
        .setTextContent("${deadlines.stageDue(execution, 'intake')}");

    assertThat(ModelDiff.between(model("Stage_Intake"), after, FormLookup.none())).containsExactly(
        diff(Kind.LIMIT_CHANGED, "Stage_Intake", "BoundaryEvent_FiveWorkingDays",
            "期限变更 BoundaryEvent_FiveWorkingDays（五个工作日未处理）：定时 ${deadlines.deemedAcceptance(execution)} 改为 ${deadlines.stageDue(execution, 'intake')}"));
  }

  @Test
  void aRemovedUserTaskWithItsFlowsAndTheFlowThatReplacesThem() {
    BpmnModelInstance after = model("Stage_Intake");
    for (String id : List.of("Flow_ToCheckCorrections", "Flow_CorrectionsChecked", "Task_CheckCorrections")) {
      BaseElement gone = element(after, id, BaseElement.class);
      gone.getParentElement().removeChildElement(gone);
    }
    flow(after, "Flow_CorrectionsReceivedDecided", "Event_CorrectionsReceived", "EndEvent_IntakeDecided");

    assertThat(ModelDiff.between(model("Stage_Intake"), after, FormLookup.none())).containsExactly(
        diff(Kind.ADDED, "Stage_Intake", "Flow_CorrectionsReceivedDecided", "新增 Flow_CorrectionsReceivedDecided："
            + "顺序流，Event_CorrectionsReceived（收到补正材料） → EndEvent_IntakeDecided（受理决定已作出）"),
        diff(Kind.REMOVED, "Stage_Intake", "Task_CheckCorrections", "删除 Task_CheckCorrections（审查补正材料）：用户任务"),
        diff(Kind.REMOVED, "Stage_Intake", "Flow_ToCheckCorrections", "删除 Flow_ToCheckCorrections：顺序流"),
        diff(Kind.REMOVED, "Stage_Intake", "Flow_CorrectionsChecked", "删除 Flow_CorrectionsChecked：顺序流"));
  }

  @Test
  void anAddedUserTaskAndTheFlowRedirectedToIt() {
    BpmnModelInstance after = model("Stage_Intake");
    UserTask task = after.newInstance(UserTask.class);
    task.setId("Task_NotifyWithdrawal");
    task.setName("告知视为放弃");
    task.setCamundaCandidateGroups("window");
    task.setCamundaDueDate("${deadlines.stageDue(execution, 'intake')}");
    task.setCamundaFormRef("Form_ContactApplicant");
    element(after, "Stage_Intake", Process.class).addChildElement(task);
    element(after, "Flow_Withdrawn", SequenceFlow.class).setTarget(task);
    flow(after, "Flow_WithdrawalNotified", "Task_NotifyWithdrawal", "EndEvent_Withdrawn");

    List<ModelDifference> differences = ModelDiff.between(model("Stage_Intake"), after, FormLookup.none());

    assertThat(differences).containsExactly(
        diff(Kind.FLOW_CHANGED, "Stage_Intake", "Flow_Withdrawn",
            "流转变更 Flow_Withdrawn：去向 EndEvent_Withdrawn（视为放弃） 改为 Task_NotifyWithdrawal（告知视为放弃）"),
        diff(Kind.ADDED, "Stage_Intake", "Task_NotifyWithdrawal", "新增 Task_NotifyWithdrawal（告知视为放弃）：用户任务，"
            + "候选岗位 window，到期时间 ${deadlines.stageDue(execution, 'intake')}，表单 Form_ContactApplicant"),
        diff(Kind.ADDED, "Stage_Intake", "Flow_WithdrawalNotified", "新增 Flow_WithdrawalNotified：顺序流，"
            + "Task_NotifyWithdrawal（告知视为放弃） → EndEvent_Withdrawn（视为放弃）"));
    assertThat(ModelDiff.text(differences)).isEqualTo("""
        流程 Stage_Intake
        1. 流转变更 Flow_Withdrawn：去向 EndEvent_Withdrawn（视为放弃） 改为 Task_NotifyWithdrawal（告知视为放弃）
        2. 新增 Task_NotifyWithdrawal（告知视为放弃）：用户任务，候选岗位 window，到期时间 ${deadlines.stageDue(execution, 'intake')}，表单 Form_ContactApplicant
        3. 新增 Flow_WithdrawalNotified：顺序流，Task_NotifyWithdrawal（告知视为放弃） → EndEvent_Withdrawn（视为放弃）
        """);
  }

  @Test
  void changedCandidateGroupsInsideAMultiInstanceSubProcess() {
    BpmnModelInstance after = model("Stage_JointOpinions");
    element(after, "Task_GiveDepartmentOpinion", UserTask.class).setCamundaCandidateGroups("${department}Lead");

    assertThat(ModelDiff.between(model("Stage_JointOpinions"), after, FormLookup.none())).containsExactly(
        diff(Kind.ASSIGNMENT_CHANGED, "Stage_JointOpinions", "Task_GiveDepartmentOpinion",
            "办理岗位变更 Task_GiveDepartmentOpinion（出具部门意见）：候选岗位 ${department} 改为 ${department}Lead"));
  }

  @Test
  void changedConditionCallAndProcessAttributes() {
    BpmnModelInstance after = model("FoodBusinessLicence");
    ConditionExpression condition = element(after, "Flow_Accepted", SequenceFlow.class).getConditionExpression();
    condition.setTextContent("${intakeDecision == 'accept' || intakeDecision == 'deficient'}");
    element(after, "CallActivity_Review", CallActivity.class).setCalledElement("Stage_ExpertReview");
    Process process = element(after, "FoodBusinessLicence", Process.class);
    process.setCamundaHistoryTimeToLiveString("1825");
    process.setCamundaVersionTag("2026.2");

    BpmnModelInstance before = model("FoodBusinessLicence");
    assertThat(ModelDiff.text(ModelDiff.between(before, after, FormLookup.none()))).isEqualTo("""
        流程 FoodBusinessLicence
        1. 流程属性变更 FoodBusinessLicence（食品经营许可）：历史保留天数 3650 改为 1825
        2. 流程属性变更 FoodBusinessLicence（食品经营许可）：版本标签 无 改为 2026.2
        3. 调用变更 CallActivity_Review（审查）：被调用流程 Stage_Review 改为 Stage_ExpertReview
        4. 流转变更 Flow_Accepted（受理）：条件 ${intakeDecision == 'accept'} 改为 ${intakeDecision == 'accept' || intakeDecision == 'deficient'}
        """);
  }

  @Test
  void aMappingAddedIsACallChangeAndALimitMappingChangedIsALimitChange() {
    BpmnModelInstance before = model("FoodBusinessLicence");
    BpmnModelInstance after = model("FoodBusinessLicence");
    mapIn(after, "${deadlines.stageDue(execution, 'decision')}");
    assertThat(ModelDiff.between(before, after, FormLookup.none())).containsExactly(
        diff(Kind.CALL_CHANGED, "FoodBusinessLicence", "CallActivity_Decision", "调用变更 CallActivity_Decision（决定）："
            + "新增传入变量 decisionDue 取自 ${deadlines.stageDue(execution, 'decision')}"));
    assertThat(ModelDiff.between(after, before, FormLookup.none())).containsExactly(
        diff(Kind.CALL_CHANGED, "FoodBusinessLicence", "CallActivity_Decision", "调用变更 CallActivity_Decision（决定）："
            + "取消传入变量 decisionDue 取自 ${deadlines.stageDue(execution, 'decision')}"));

    mapIn(before, "${deadlines.stageDue(execution, 'decision')}");
    BpmnModelInstance later = model("FoodBusinessLicence");
    mapIn(later, "${deadlines.stageDue(execution, 'review')}");
    assertThat(ModelDiff.between(before, later, FormLookup.none())).containsExactly(
        diff(Kind.LIMIT_CHANGED, "FoodBusinessLicence", "CallActivity_Decision", "期限变更 CallActivity_Decision（决定）："
            + "传入变量 decisionDue 取自 ${deadlines.stageDue(execution, 'decision')} 改为 "
            + "${deadlines.stageDue(execution, 'review')}"));
  }

  @Test
  void typeImplementationListenerAndParallelWorkChanges() {
    BpmnModelInstance after = model("Stage_JointOpinions");
    element(after, "BoundaryEvent_OpinionOverdue", BoundaryEvent.class).setCancelActivity(false);
    ServiceTask deemed = element(after, "Task_RecordDeemedAgreement", ServiceTask.class);
    deemed.setCamundaDelegateExpression("${deemedObjectionDelegate}");
    UserTask opinion = element(after, "Task_GiveDepartmentOpinion", UserTask.class);
    for (CamundaTaskListener listener : opinion.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list()) {
      opinion.getExtensionElements().removeChildElement(listener);
    }
    element(after, "SubProcess_DepartmentOpinions", SubProcess.class).getLoopCharacteristics()
        .setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "collection", "${itemCatalogue.leadDepartments(itemCode)}");

    assertThat(ModelDiff.between(model("Stage_JointOpinions"), after, FormLookup.none()))
        .extracting(ModelDifference::kind, ModelDifference::text).containsExactly(
            tuple(Kind.ASSIGNMENT_CHANGED, "办理岗位变更 SubProcess_DepartmentOpinions（部门并联会签）：多实例集合 "
                + "${itemCatalogue.jointDepartmentGroups(itemCode)} 改为 ${itemCatalogue.leadDepartments(itemCode)}"),
            tuple(Kind.CALL_CHANGED, "调用变更 Task_GiveDepartmentOpinion（出具部门意见）：取消任务监听（complete） "
                + "${departmentOpinionListener}"),
            tuple(Kind.TYPE_CHANGED, "类型变更 BoundaryEvent_OpinionOverdue（逾期未答复）：定时边界事件 改为 非中断定时边界事件"),
            tuple(Kind.CALL_CHANGED, "调用变更 Task_RecordDeemedAgreement（记录缺席默认同意）：处理程序 "
                + "${deemedAgreementDelegate} 改为 ${deemedObjectionDelegate}"));
  }

  @Test
  void aProcessReplacedByAnotherIsOneLineEachGroupedByProcess() {
    List<ModelDifference> differences =
        ModelDiff.between(model("FoodBusinessLicence"), model("Stage_Intake"), FormLookup.none());
    assertThat(ModelDiff.text(differences)).isEqualTo("""
        流程 Stage_Intake
        1. 新增流程 Stage_Intake（受理（共享环节））：13 个流程节点、12 条顺序流
        流程 FoodBusinessLicence
        2. 删除流程 FoodBusinessLicence（食品经营许可）
        """);
  }

  private static void mapIn(BpmnModelInstance model, String expression) {
    CamundaIn in = model.newInstance(CamundaIn.class);
    in.setCamundaSourceExpression(expression);
    in.setCamundaTarget("decisionDue");
    element(model, "CallActivity_Decision", CallActivity.class).getExtensionElements().addChildElement(in);
  }

  @Test
  void aFormsContentChangedUnderTheSameFormRefIsListedAtItsTask() throws IOException {
    ObjectNode changed = (ObjectNode) JSON.readTree(form("Form_CheckCorrections"));
    ArrayNode components = (ArrayNode) changed.get("components");
    ((ObjectNode) components.get(2)).put("label", "受理意见或不予受理理由");
    components.addObject().put("type", "datetime").put("id", "Field_Date1").put("key", "correctionReceivedOn")
        .put("label", "补正材料收到日期").putObject("validate").put("required", true);
    Map<String, String> proposed = Map.of("Form_CheckCorrections", JSON.writeValueAsString(changed),
        "Form_AcceptApplication", form("Form_AcceptApplication"));
    FormLookup lookup = new FormLookup() {
      @Override
      public Optional<String> before(String formId) {
        return formFile(formId);
      }

      @Override
      public Optional<String> after(String formId) {
        return Optional.ofNullable(proposed.get(formId));
      }
    };

    assertThat(ModelDiff.between(model("Stage_Intake"), model("Stage_Intake"), lookup)).containsExactly(
        diff(Kind.FORM_CHANGED, "Stage_Intake", "Task_CheckCorrections", "表单变更 Task_CheckCorrections（审查补正材料）："
            + "表单 Form_CheckCorrections 字段「受理意见或不予受理理由」（intakeOpinion）：标签「受理意见 / 不予受理理由」改为「受理意见或不予受理理由」"),
        diff(Kind.FORM_CHANGED, "Stage_Intake", "Task_CheckCorrections", "表单变更 Task_CheckCorrections（审查补正材料）："
            + "表单 Form_CheckCorrections 新增字段「补正材料收到日期」（correctionReceivedOn），日期时间，必填"));
  }
}
