package cn.gov.oneseal.intake;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 受理: the window accepts the application, or rejects it (不予受理) with reasons; a rejection carries
 * the remedies. On acceptance the case's clock starts (promised and statutory deadlines). Either way
 * the written notice is issued (受理通知书 / 不予受理决定书).
 */
@Component("intakeDecisionListener")
public class IntakeDecisionListener implements TaskListener {

  public static final String ACCEPT = "accept";
  public static final String REJECT = "reject";
  static final Map<String, String> CHOICES = Map.of(ACCEPT, "受理", REJECT, "不予受理");

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final ClockService clocks;
  private final Remedies remedies;
  private final NoticeService notices;

  public IntakeDecisionListener(CaseRecorder recorder, CaseFiles caseFiles, ItemCatalogue catalogue,
      ClockService clocks, Remedies remedies, NoticeService notices) {
    this.notices = notices;
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.clocks = clocks;
    this.remedies = remedies;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String decision = in.choice("intakeDecision", "受理决定", CHOICES);
    String opinion = REJECT.equals(decision)
        ? in.text("intakeOpinion", "不予受理的理由", 2000)
        : in.optionalText("intakeOpinion", "受理意见", 2000);
    in.validate();
    // read by Decision_SurveyRequired for items whose survey is OPTIONAL
    task.setVariable("surveyRequested", Boolean.TRUE.equals(task.getVariable("surveyRequested")));

    String caseNumber = CaseRecorder.caseNumber(task);
    recorder.opinion(task, "intake", decision, opinion);
    if (ACCEPT.equals(decision)) {
      caseFiles.accepted(caseNumber, CaseRecorder.now());
      clocks.start(caseNumber, catalogue.get((String) task.getVariable(Deadlines.ITEM_CODE)),
          Date.from(caseFiles.get(caseNumber).receivedAt().toInstant()), ClockUtil.getCurrentTime());
      notices.issue(caseNumber, NoticeKind.ACCEPTANCE, Map.of());
    } else {
      caseFiles.rejected(caseNumber, CaseRecorder.now(), opinion, remedies.text());
      notices.issue(caseNumber, NoticeKind.REJECTION, Map.of());
    }
  }
}
