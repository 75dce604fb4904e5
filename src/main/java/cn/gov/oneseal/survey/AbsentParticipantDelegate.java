package cn.gov.oneseal.survey;

import cn.gov.oneseal.casefile.CaseRecorder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 缺席默认: a participant that filed no findings by the deadline is recorded as agreeing and may not ask for another
 * visit (Task_RecordAbsentParticipant).
 */
@Component("absentParticipantDelegate")
public class AbsentParticipantDelegate implements JavaDelegate {

  private final ParticipantFindings findings;
  private final CaseRecorder recorder;

  public AbsentParticipantDelegate(ParticipantFindings findings, CaseRecorder recorder) {
    this.findings = findings;
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = "逾期未提交勘验意见，视为同意（缺席默认），不得再要求另行勘验";
    findings.record(execution, SiteSurveys.DEEMED_AGREE, text, null);
    recorder.opinion(execution, "survey", SiteSurveys.DEEMED_AGREE, findings.name(execution) + "：" + text);
  }
}
