package cn.gov.oneseal.rating;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.YellowPoints;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.security.AsSystem;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 回访 (domain.md §8: "the bureau follows up on finished cases"). Every decided case passes
 * {@code Stage_Dispatch} right after its result was delivered — grants and denials, 即办件, 上报件,
 * 联办件 and 告知承诺 alike — and its service task {@code Task_ScheduleFollowUp} starts {@value #PROCESS}:
 * the call falls due at the start of the item's {@code followUp.afterWorkingDays}-th working day after
 * the delivery (catalogue), and the window of the case's bureau has
 * {@code oneseal.rating.follow-up-working-days} for it. Cases that end without a decision (不予受理,
 * 视为放弃, 撤销受理) get no call: nothing was delivered to ask about; their applicants may still rate
 * the service, and a bad rating is answered by a call within a working day anyway.
 *
 * <p>The call records whether the applicant was reached and what they said, and the applicant's
 * rating if they give one on the phone (channel FOLLOW_UP), unless the case is rated already.
 */
@Component("followUps")
public class FollowUps implements JavaDelegate, TaskListener {

  public static final String PROCESS = "Supervision_FollowUp";
  static final Map<String, String> RESULTS = Map.of("reached", "已联系到申请人", "notReached", "未能联系到申请人");

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final RatingProperties limits;
  private final ServiceRatings ratings;
  private final RuntimeService runtimeService;

  public FollowUps(CaseFiles caseFiles, CaseRecorder recorder, ItemCatalogue catalogue, WorkingDayCalendar calendar,
      RatingProperties limits, ServiceRatings ratings, RuntimeService runtimeService) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.limits = limits;
    this.ratings = ratings;
    this.runtimeService = runtimeService;
  }

  /** {@code Task_ScheduleFollowUp}: the follow-up of a delivered case, due N working days after delivery. */
  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    CaseFile file = caseFiles.get(caseNumber);
    Date delivered = file.deliveredAt() == null ? ClockUtil.getCurrentTime() : Date.from(file.deliveredAt().toInstant());
    int after = catalogue.get(file.itemCode()).followUp().afterWorkingDays();
    Date followUpAt = YellowPoints.startOf(calendar.plusWorkingDays(WorkingDayCalendar.dayOf(delivered), after));
    var start = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue("caseNumber", caseNumber)
            .putValue("itemCode", file.itemCode()).putValue("itemName", catalogue.get(file.itemCode()).name())
            .putValue("caseSummary", execution.getVariable("caseSummary")).putValue("bureauId", file.bureauId())
            .putValue("applicantContact", file.contactName() + " " + file.contactPhone())
            .putValue("followUpAt", followUpAt));
    AsSystem.run(start::execute);
  }

  /** The follow-up task's due date: {@code oneseal.rating.follow-up-working-days} from when it falls due. */
  public Date taskDue() {
    return calendar.deadline(ClockUtil.getCurrentTime(), limits.followUpWorkingDays());
  }

  /** {@code Task_FollowUpApplicant} completed: the call's result, and the rating given on the phone. */
  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String result = in.choice("followUpResult", "回访结果", RESULTS);
    String remarks = in.text("followUpRemarks", "reached".equals(result) ? "申请人的意见和建议" : "联系情况", 2000);
    boolean rated = "reached".equals(result) && Boolean.TRUE.equals(task.getVariable("ratingGiven"));
    String caseNumber = CaseRecorder.caseNumber(task);
    Integer grade = null;
    if (rated) {
      for (FieldError error : ServiceRatings.check(task.getVariable("ratingGrade"), task.getVariable("ratingReason"),
          "ratingGrade", "ratingReason")) {
        in.reject(error.field(), error.code(), error.message());
      }
      grade = ServiceRatings.grade(task.getVariable("ratingGrade"));
      ratings.find(caseNumber).ifPresent(earlier -> in.reject("ratingGiven", "ALREADY_RATED",
          "申请人已通过" + earlier.channel().label() + "评价过本办件（" + earlier.gradeLabel() + "），不能重复评价"));
    }
    in.validate();
    String officer = recorder.opinion(task, "followUp", result, RESULTS.get(result) + "：" + remarks);
    if (grade != null) {
      ratings.rate(caseNumber, grade, (String) task.getVariable("ratingReason"), RatingChannel.FOLLOW_UP, officer);
    }
  }
}
