package cn.gov.oneseal.decision;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.intake.Acceptance;
import cn.gov.oneseal.intake.IntakeDecisionListener;
import cn.gov.oneseal.intake.Remedies;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 即办件: the window accepts and decides on the spot in one task (Licensing Law art. 34) and hands
 * the result over at once — or rejects the application with reasons.
 */
@Component("onTheSpotDecisionListener")
public class OnTheSpotDecisionListener implements TaskListener {

  static final Map<String, String> INTAKE = Map.of(IntakeDecisionListener.ACCEPT, "受理并当场决定",
      IntakeDecisionListener.REJECT, "不予受理");
  static final Map<String, String> DELIVERY = Map.of("WINDOW", "窗口领取", "POST", "邮寄送达", "ELECTRONIC", "电子送达");

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final DecisionRecorder decisions;
  private final Remedies remedies;
  private final Acceptance acceptance;
  private final NoticeService notices;

  public OnTheSpotDecisionListener(CaseRecorder recorder, CaseFiles caseFiles, DecisionRecorder decisions,
      Remedies remedies, Acceptance acceptance, NoticeService notices) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.decisions = decisions;
    this.remedies = remedies;
    this.acceptance = acceptance;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String intake = in.choice("intakeDecision", "受理", INTAKE);
    String decision = null;
    String method = null;
    if (IntakeDecisionListener.ACCEPT.equals(intake)) {
      decision = in.choice("decision", "审批决定", DecisionRecorder.CHOICES);
      method = in.choice("deliveryMethod", "出件方式", DELIVERY);
      in.confirmed("delivered", "请确认已当场将决定书（及许可证）交付申请人");
    }
    String opinion = in.text("decisionOpinion", "决定意见或理由", 4000);
    in.validate();

    String caseNumber = CaseRecorder.caseNumber(task);
    var now = offsetOf(ClockUtil.getCurrentTime());
    if (decision == null) {
      recorder.opinion(task, "intake", intake, opinion);
      caseFiles.rejected(caseNumber, now, opinion, remedies.text());
      notices.issue(caseNumber, NoticeKind.REJECTION, Map.of());
      return;
    }
    String officer = recorder.opinion(task, "decision", decision, opinion);
    // decided on the spot: no separate acceptance voucher (市场监管行政许可程序暂行规定 art. 17)
    acceptance.accept(caseNumber, ClockUtil.getCurrentTime(), false);
    decisions.record(task, task.getTenantId(), caseNumber, decision, opinion, officer);
    caseFiles.delivered(caseNumber, now, method);
  }
}
