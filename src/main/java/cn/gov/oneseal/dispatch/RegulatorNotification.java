package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.AsSystem;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the regulator has a system of its own, what it must know is also sent there ({@value #PROCESS}:
 * asynchronous, retried, an incident in Cockpit when it keeps failing): a dispatched decision (as
 * the listener of the dispatch stage), and — from the models, {@code
 * ${regulatorNotification.send(execution, 'REVOCATION')}} — any other {@link NotificationKind}.
 */
@Component("regulatorNotification")
public class RegulatorNotification implements ExecutionListener {

  public static final String PROCESS = ProcessKeys.NOTIFY_REGULATOR;
  /** Variables of {@value #PROCESS}: the kind of post and, for a wrong-approval answer, the report. */
  public static final String KIND = "notificationKind";
  public static final String REPORT_ID = "reportId";
  private static final Logger LOG = LoggerFactory.getLogger(RegulatorNotification.class);

  private final RegulatorSystems systems;
  private final RuntimeService runtimeService;

  public RegulatorNotification(RegulatorSystems systems, RuntimeService runtimeService) {
    this.systems = systems;
    this.runtimeService = runtimeService;
  }

  /** A dispatched decision. */
  @Override
  public void notify(DelegateExecution execution) {
    send(execution, NotificationKind.DECISION.name());
  }

  /**
   * Posts a notification of the kind (a {@link NotificationKind} name) about the execution's case to
   * its regulator group's system ({@code regulatorGroup}; {@code reportId} where the kind has one).
   */
  public void send(DelegateExecution execution, String kind) {
    NotificationKind notificationKind = NotificationKind.valueOf(kind);
    String group = (String) execution.getVariable(CaseVariables.REGULATOR_GROUP);
    String caseNumber = execution.getProcessBusinessKey();
    if (systems.endpoint(group).isEmpty()) {
      LOG.info("{}: {} has no system configured (oneseal.regulators.endpoints), Tasklist only ({})", caseNumber,
          group, notificationKind.key());
      return;
    }
    var variables = Variables.createVariables().putValue(CaseVariables.CASE_NUMBER, caseNumber).putValue(CaseVariables.REGULATOR_GROUP, group)
        .putValue(CaseVariables.BUREAU_ID, execution.getTenantId()).putValue(KIND, notificationKind.name());
    if (notificationKind == NotificationKind.WRONG_APPROVAL_ANSWER) {
      variables.putValue(REPORT_ID, execution.getVariable(REPORT_ID));
    }
    var start = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(caseNumber).setVariables(variables);
    AsSystem.run(start::execute);
  }
}
