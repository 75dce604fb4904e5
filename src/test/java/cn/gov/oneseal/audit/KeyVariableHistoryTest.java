package cn.gov.oneseal.audit;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory.Entry;
import cn.gov.oneseal.process.KeyVariables;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History that serves its readers (process/KeyVariableHistory): the engine keeps a row per change for the key
 * variables, which 办件历史 shows, and for no other variable or form field; every variable keeps its last value in
 * the history, and the clean-up removes what is kept with the case.
 */
class KeyVariableHistoryTest extends CaseTest {

  @Autowired CaseHistory caseHistory;

  @Test
  void aFoodCaseWalkedToItsEndKeepsItsKeyChangesInTheTimelineAndOnlyThose() {
    String caseNumber = officers.grantedFood();
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    officers.complete("samr1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
    HistoryService history = engine.getHistoryService();
    HistoricProcessInstance main = mainProcess(caseNumber);
    assertThat(main.getEndTime()).as("the case has ended").isNotNull();
    String[] processes = processesOf(main);

    List<String> changes = caseHistory.timeline(caseNumber).orElseThrow().entries().stream()
        .filter(e -> e.type().equals("变量")).map(Entry::title).toList();
    assertThat(changes).contains("容缺待补正 = 否", "受理决定 = 受理", "勘验结论 = 通过", "审查建议 = 准予许可",
        "审查处理 = 提交审查意见", "审批决定 = 准予许可", "容缺待补正 = （已清除）");
    String licenceNumber = caseFiles.get(caseNumber).licenceNumber();
    assertThat(changes).contains("许可证编号 = " + licenceNumber);

    List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceIdIn(processes).list();
    assertThat(details).as("a row per change of a key variable, none for another variable or a form field")
        .isNotEmpty().allSatisfy(d -> assertThat(d).isInstanceOfSatisfying(HistoricVariableUpdate.class,
            u -> assertThat(KeyVariables.isKey(u.getVariableName())).as(u.getVariableName()).isTrue()));
    assertThat(history.createHistoricDetailQuery().processInstanceIdIn(processes).formFields().count()).isZero();
    assertThat(details).as("the case's removal time: the clean-up removes them with the case")
        .allSatisfy(d -> assertThat(d.getRemovalTime()).isEqualTo(main.getRemovalTime()));

    // the fields whose changes nobody reads keep their last value in the history
    assertThat(lastValues(processes, "applicantName")).contains(Applications.food().get("applicantName"));
    assertThat(lastValues(processes, "reviewOpinion")).contains("符合法定条件");
    assertThat(lastValues(processes, "decisionOpinion")).contains("准予");
    assertThat(lastValues(processes, "deliveryMethod")).contains("WINDOW");
    assertThat(lastValues(processes, "intakeDecision")).contains("accept");
  }

  @Test
  void theKeptChangesAreRemovedWithTheCaseByTheHistoryCleanUp() {
    // early in 2025, as RetentionTest: the clean-up ten years later removes no other test's history
    ClockUtil.setCurrentTime(shanghai(2025, 1, 6, 9, 30, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    ClockUtil.setCurrentTime(shanghai(2025, 1, 7, 10, 30, 0));
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject", "intakeOpinion", "不属于本机关职权"));
    HistoryService history = engine.getHistoryService();
    HistoricProcessInstance main = mainProcess(caseNumber);
    String[] processes = processesOf(main);
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).extracting(Entry::title)
        .contains("受理决定 = 不予受理");
    assertThat(history.createHistoricDetailQuery().processInstanceIdIn(processes).count()).isPositive();

    Date removal = main.getRemovalTime();
    cleanUpAt(Date.from(removal.toInstant().plus(1, ChronoUnit.DAYS)));

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(processes)).count())
        .isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceIdIn(processes).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(processes).count()).isZero();
    ClockUtil.reset();
    history.cleanUpHistoryAsync(); // back to the night window
  }

  private HistoricProcessInstance mainProcess(String caseNumber) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("FoodBusinessLicence").singleResult();
  }

  /** The case's process and the stages it called. */
  private String[] processesOf(HistoricProcessInstance main) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(main.getId()).list()
        .stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
  }

  private List<Object> lastValues(String[] processes, String variable) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceIdIn(processes)
        .variableName(variable).list().stream().map(HistoricVariableInstance::getValue).toList();
  }

  /** Runs the history clean-up at once at this time, until nothing due is left (as RetentionTest does). */
  private void cleanUpAt(Date at) {
    ClockUtil.setCurrentTime(at);
    HistoryService history = engine.getHistoryService();
    history.cleanUpHistoryAsync(true);
    for (int run = 0; run < 100; run++) {
      Job job = history.findHistoryCleanupJobs().get(0);
      if (job.getDuedate() != null && job.getDuedate().after(at)) {
        break;
      }
      engine.getManagementService().executeJob(job.getId());
    }
  }
}
