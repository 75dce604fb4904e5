package cn.gov.oneseal.survey;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One participant's part of a joint survey (the multi-instance element {@code participant}): its findings
 * filed in Tasklist, or — when it has not filed them by the end of the visit day — the record that it is
 * deemed to agree (缺席默认) and may not ask for another visit. The answer is taken off the variables, so
 * the next participant's form starts empty.
 */
@Component("participantFindingsRecorder")
public class ParticipantFindings implements TaskListener {

  public static final String PARTICIPANT = "participant";
  static final Map<String, String> CHOICES = FormChoices.options("Form_FileSurveyFindings",
      FormFields.PARTICIPANT_OPINION);
  /** The findings as the lead's record reads them: the form's options, and the absent participant's. */
  static final Map<String, String> LABELS = withDeemedAgreement();

  private final SiteSurveys surveys;
  private final SurveyRounds rounds;
  private final CaseRecorder recorder;

  public ParticipantFindings(SiteSurveys surveys, SurveyRounds rounds, CaseRecorder recorder) {
    this.surveys = surveys;
    this.rounds = rounds;
    this.recorder = recorder;
  }

  /** The participant files its findings (complete listener of Task_FileParticipantFindings). */
  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String opinion = in.choice(FormFields.PARTICIPANT_OPINION);
    String findings = in.text(FormFields.PARTICIPANT_FINDINGS, 4000);
    in.validate();
    String name = name(task.getExecution());
    record(task.getExecution(), opinion, findings, Officer.of(task));
    recorder.opinion(task, "survey", opinion, name + "：" + findings);
    task.getExecution().removeVariable(FormFields.PARTICIPANT_OPINION);
    task.getExecution().removeVariable(FormFields.PARTICIPANT_FINDINGS);
  }

  void record(DelegateExecution execution, String opinion, String findings, String by) {
    String group = (String) execution.getVariable(PARTICIPANT);
    long surveyId = surveys.require(execution.getProcessBusinessKey()).id();
    surveys.finding(surveyId, new SiteSurveys.Finding(group, name(execution), opinion, findings, by,
        CaseRecorder.now()));
  }

  String name(DelegateExecution execution) {
    return rounds.item(execution).surveyParticipantName((String) execution.getVariable(PARTICIPANT));
  }

  private static Map<String, String> withDeemedAgreement() {
    Map<String, String> labels = new java.util.LinkedHashMap<>(CHOICES);
    labels.put(SiteSurveys.DEEMED_AGREE, "缺席，视为同意");
    return java.util.Collections.unmodifiableMap(labels);
  }
}
