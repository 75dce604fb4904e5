package cn.gov.oneseal.rating;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.ProcessKeys;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * rating if they give one on the phone (channel FOLLOW_UP), unless the case is rated already. The steps:
 * {@link ScheduleFollowUpDelegate} starts the follow-up, {@link FollowUpApplicantListener} records the call;
 * this bean gives the call's due date ({@code ${followUps.taskDue()}}).
 */
@Component("followUps")
public class FollowUps {

  public static final String PROCESS = ProcessKeys.FOLLOW_UP;

  private final WorkingDayCalendar calendar;
  private final RatingProperties limits;

  public FollowUps(WorkingDayCalendar calendar, RatingProperties limits) {
    this.calendar = calendar;
    this.limits = limits;
  }

  /** The follow-up task's due date: {@code oneseal.rating.follow-up-working-days} from when it falls due. */
  public Date taskDue() {
    return calendar.deadline(ClockUtil.getCurrentTime(), limits.followUpWorkingDays());
  }
}
