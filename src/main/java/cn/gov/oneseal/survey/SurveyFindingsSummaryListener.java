package cn.gov.oneseal.survey;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 勘验记录: when the lead's task opens, the participants' findings of the round are put before the lead. */
@Component("surveyFindingsSummaryListener")
public class SurveyFindingsSummaryListener implements TaskListener {

  private final SiteSurveys surveys;

  public SurveyFindingsSummaryListener(SiteSurveys surveys) {
    this.surveys = surveys;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(CaseVariables.PARTICIPANT_FINDINGS_SUMMARY,
        SurveyFindingsListener.participantsSummary(surveys,
        surveys.require(CaseRecorder.caseNumber(task))));
  }
}
