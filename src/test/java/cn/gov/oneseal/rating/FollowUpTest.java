package cn.gov.oneseal.rating;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 回访: N working days after the result was delivered, the window calls the applicant. */
class FollowUpTest extends CaseTest {

  @Autowired ServiceRatings ratings;
  @Autowired SupervisionSweep sweep;

  /** A food licence granted and handed over at the window, all at the engine clock's time. */
  String deliveredFoodCase() {
    String caseNumber = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    return caseNumber;
  }

  /** A road freight licence (即办件) decided and handed over on the spot. */
  String deliveredRoadFreightCase() {
    String caseNumber = officers.register("window1", "RoadFreightLicence",
        Applications.of("M01", "M02", "M03", "M04", "M05")).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "当场准予", "deliveryMethod", "WINDOW", "delivered", true));
    return caseNumber;
  }

  ProcessInstance followUp(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(FollowUps.PROCESS).singleResult();
  }

  Job timer(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().timers().processInstanceId(pi.getId()).singleResult();
  }

  /** The timer is not executable a second before {@code due} and fires at it. */
  void fallsDueAt(ProcessInstance pi, Date due) {
    assertThat(pi).isWaitingAt("Event_FollowUpDue");
    assertThat(timer(pi).getDuedate()).isEqualTo(due);
    ClockUtil.setCurrentTime(new Date(due.getTime() - 1000));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
    ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult();
    engine.getManagementService().executeJob(job.getId());
    assertThat(pi).isWaitingAt("Task_FollowUpApplicant");
  }

  static Map<String, Object> call(String result, String remarks) {
    Map<String, Object> form = new HashMap<>();
    form.put("followUpResult", result);
    form.put("followUpRemarks", remarks);
    return form;
  }

  @Test
  void theWindowCallsTheApplicantThreeWorkingDaysAfterDeliveryNotCountingQingming() {
    // delivered on Thursday 2026-04-02; 04-03 is the 1st working day, 04-04…04-06 are off (清明),
    // 04-07 the 2nd, 04-08 the 3rd (food: followUp.afterWorkingDays 3)
    ClockUtil.setCurrentTime(shanghai(2026, 4, 2, 9, 0, 0));
    String caseNumber = deliveredFoodCase();
    ProcessInstance pi = followUp(caseNumber);
    assertThat(pi.getTenantId()).isEqualTo("city");
    assertThat(officers.task(caseNumber, "Task_FollowUpApplicant")).isNull();
    fallsDueAt(pi, shanghai(2026, 4, 8, 0, 0, 0));

    Task task = officers.task(caseNumber, "Task_FollowUpApplicant");
    assertThat(task).hasCandidateGroup("window");
    assertThat(task.getTenantId()).isEqualTo("city");
    // oneseal.rating.follow-up-working-days: 2 → Thursday and Friday
    assertThat(task.getDueDate()).isEqualTo(endOf(2026, 4, 10));
    // another bureau's window does not see it
    assertThat(officers.as("awindow1", () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(caseNumber).count())).isZero();

    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_FollowUpApplicant",
        Map.of("followUpResult", "reached"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("申请人的意见和建议");
    officers.complete("window1", caseNumber, "Task_FollowUpApplicant", call("reached", "已领证，对窗口服务满意"));
    assertThat(pi).isEnded().hasPassed("EndEvent_FollowedUp");
    assertThat(caseFiles.opinions(caseNumber)).filteredOn(o -> o.stage().equals("followUp"))
        .extracting(Opinion::officerId, Opinion::decision, Opinion::opinion)
        .containsExactly(tuple("window1", "reached", "已联系到申请人：已领证，对窗口服务满意"));
    assertThat(ratings.find(caseNumber)).isEmpty();
  }

  @Test
  void theItemsOwnFollowUpDayAppliesAcrossMayDay() {
    // road freight: followUp.afterWorkingDays 2; decided on the spot on Thursday 2026-04-30,
    // 05-01…05-05 are off: 05-06 is the 1st working day, 05-07 the 2nd
    ClockUtil.setCurrentTime(shanghai(2026, 4, 30, 10, 0, 0));
    String caseNumber = deliveredRoadFreightCase();
    fallsDueAt(followUp(caseNumber), shanghai(2026, 5, 7, 0, 0, 0));
    // two working days for the call: Friday 05-08 and Saturday 05-09, a make-up working day (调休上班)
    assertThat(officers.task(caseNumber, "Task_FollowUpApplicant").getDueDate()).isEqualTo(endOf(2026, 5, 9));
  }

  @Test
  void anApplicantNotReachedIsRecordedAndALateCallRaisesACard() {
    ClockUtil.setCurrentTime(shanghai(2026, 4, 30, 10, 0, 0));
    String caseNumber = deliveredRoadFreightCase();
    ProcessInstance pi = followUp(caseNumber);
    fallsDueAt(pi, shanghai(2026, 5, 7, 0, 0, 0));

    // not called by the end of Saturday 05-09 (a make-up working day): a red card on the follow-up
    ClockUtil.setCurrentTime(shanghai(2026, 5, 11, 9, 0, 0));
    assertThat(sweep.sweep()).filteredOn(c -> c.caseNumber().equals(caseNumber))
        .extracting(Card::stage, Card::kind, Card::responsibleGroup).contains(tuple("回访申请人", CardKind.RED, "window"));

    officers.complete("window1", caseNumber, "Task_FollowUpApplicant", call("notReached", "05-11 两次致电无人接听"));
    assertThat(pi).isEnded().hasPassed("EndEvent_NotReached").hasNotPassed("EndEvent_FollowedUp");
  }

  @Test
  void aRatingGivenOnThePhoneIsRecordedOnceAndABadOneNeedsAReasonAndOpensTheRectification() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    String caseNumber = deliveredRoadFreightCase();
    fallsDueAt(followUp(caseNumber), shanghai(2026, 3, 4, 0, 0, 0));

    Map<String, Object> bad = call("reached", "申请人反映窗口排队时间长");
    bad.put("ratingGiven", true);
    bad.put("ratingGrade", "2");
    FormValidationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(FormValidationException.class,
        () -> officers.complete("window1", caseNumber, "Task_FollowUpApplicant", bad));
    assertThat(refused.getErrors()).extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("ratingReason", "REASON_REQUIRED"));
    assertThat(ratings.find(caseNumber)).isEmpty();

    bad.put("ratingReason", "排队一个多小时");
    officers.complete("window1", caseNumber, "Task_FollowUpApplicant", bad);
    Rating rating = ratings.find(caseNumber).orElseThrow();
    assertThat(rating.grade()).isEqualTo(2);
    assertThat(rating.channel()).isEqualTo(RatingChannel.FOLLOW_UP);
    assertThat(rating.recordedBy()).isEqualTo("window1");
    assertThat(rating.reason()).isEqualTo("排队一个多小时");
    assertThat(officers.task(caseNumber, "Task_ContactApplicant")).hasCandidateGroup("window");
  }

  @Test
  void aCaseRatedOnThePortalIsNotRatedAgainOnThePhone() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    String caseNumber = deliveredRoadFreightCase();
    ratings.rate(caseNumber, 5, null, RatingChannel.PORTAL, null);
    fallsDueAt(followUp(caseNumber), shanghai(2026, 3, 4, 0, 0, 0));

    Map<String, Object> again = call("reached", "申请人表示满意");
    again.put("ratingGiven", true);
    again.put("ratingGrade", "4");
    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_FollowUpApplicant", again))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不能重复评价");
    again.put("ratingGiven", false);
    officers.complete("window1", caseNumber, "Task_FollowUpApplicant", again);
    assertThat(ratings.find(caseNumber).orElseThrow().grade()).isEqualTo(5);
  }

  @Test
  void aCaseEndedWithoutADecisionGetsNoFollowUpButMayBeRated() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    String caseNumber = officers.register("window1", "RoadFreightLicence", Applications.of("M01")).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot",
        Map.of("intakeDecision", "reject", "decisionOpinion", "申请材料不齐全且无法当场补正"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(FollowUps.PROCESS).count()).isZero();
    assertThat(ratings.rate(caseNumber, 3, null, RatingChannel.PORTAL, null).grade()).isEqualTo(3);
  }
}
