package cn.gov.oneseal.commitment;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.decision.DecisionRecorder;
import cn.gov.oneseal.form.FormInput;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 告知承诺当场决定: the decider grants the licence on the signed commitment the same working day (the
 * task is due at the end of it); the licence is registered, and the regulator's verification
 * ({@link CommitmentVerification}) starts, due within the item's verification limit.
 */
@Component("commitmentDecisionListener")
public class CommitmentDecisionListener implements TaskListener {

  private final CaseRecorder recorder;
  private final DecisionRecorder decisions;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final CommitmentVerification verification;

  public CommitmentDecisionListener(CaseRecorder recorder, DecisionRecorder decisions, ItemCatalogue catalogue,
      WorkingDayCalendar calendar, JdbcTemplate jdbc, CommitmentVerification verification) {
    this.verification = verification;
    this.recorder = recorder;
    this.decisions = decisions;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    in.confirmed("commitmentReviewed", "请确认已核对告知承诺书与申请材料");
    String opinion = in.optionalText("decisionOpinion", "决定意见", 4000);
    in.validate();

    String caseNumber = CaseRecorder.caseNumber(task);
    String text = "依申请人告知承诺当场准予行政许可" + (opinion == null ? "" : "；" + opinion);
    String officer = recorder.opinion(task, "decision", DecisionRecorder.GRANT, text);
    decisions.record(task, task.getTenantId(), caseNumber, DecisionRecorder.GRANT, text, officer);
    task.setVariable("decision", DecisionRecorder.GRANT);
    ApprovalItem item = catalogue.get((String) task.getVariable(Deadlines.ITEM_CODE));
    Date now = ClockUtil.getCurrentTime();
    Date verificationDue = calendar.deadline(now, item.commitment().verificationLimit());
    String licenceNumber = (String) task.getVariable("licenceNumber");
    jdbc.update("update commitment set status = ?, licence_number = ?, decided_at = ?, verification_due = ? "
        + "where case_number = ?", CommitmentStatus.GRANTED.name(), licenceNumber, offsetOf(now), offsetOf(verificationDue), caseNumber);
    verification.start(caseNumber, (String) task.getVariable("caseSummary"), licenceNumber, verificationDue);
  }
}
