package cn.gov.oneseal.intake;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.supervision.SupervisionSweep;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Licensing Law art. 32: the window neither accepted the application nor sent a correction notice
 * within five working days of receipt, so the case counts as accepted from the receipt date. The
 * clock counts from receipt, the 受理通知书 says so (视为受理, not the ordinary "决定予以受理"), and the event is
 * recorded for supervision.
 */
@Component("deemedAcceptanceDelegate")
public class DeemedAcceptanceDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final Acceptance acceptance;
  private final SupervisionSweep supervision;
  private final Deadlines deadlines;

  public DeemedAcceptanceDelegate(CaseFiles caseFiles, CaseRecorder recorder, Acceptance acceptance,
      SupervisionSweep supervision, Deadlines deadlines) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.acceptance = acceptance;
    this.supervision = supervision;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    CaseFile file = caseFiles.get(caseNumber);
    Date receivedAt = Date.from(file.receivedAt().toInstant());
    acceptance.deemed(caseNumber);
    recorder.opinion(execution, "intake", "deemedAccepted", "收件后五个工作日内未作出受理决定或一次性告知补正，依法自收到申请材料之日（"
        + WorkingDayCalendar.dayOf(receivedAt) + "）起视为受理（行政许可法第三十二条）");
    supervision.recordEvent(caseNumber, "DEEMED_ACCEPTANCE", "受理（逾期视为受理）", deadlines.deemedAcceptance(execution));
    execution.setVariable(FormFields.INTAKE_DECISION, IntakeDecisionListener.ACCEPT);
    execution.setVariable(FormFields.SURVEY_REQUESTED, false);
  }
}
