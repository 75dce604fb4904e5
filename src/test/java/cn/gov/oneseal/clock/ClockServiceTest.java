package cn.gov.oneseal.clock;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case clock across the 2025 National Day and the 2026 Spring Festival: stops move both
 * deadlines by exactly the paused working days, the extension only the statutory one, once.
 */
class ClockServiceTest extends CaseTest {

  @Autowired ClockService clocks;



  /** A food case accepted at the given moment (promised 6 WD, statutory 10 WD). */
  String acceptedFoodCase(java.util.Date at) {
    ClockUtil.setCurrentTime(at);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return caseNumber;
  }

  @Test
  void aSpecialProcedureMovesBothDeadlinesByItsWorkingDaysAndTheTasksWithThem() {
    String caseNumber = acceptedFoodCase(shanghai(2025, 9, 26, 10, 0, 0));
    CaseClock started = clocks.clock(caseNumber);
    assertThat(started.state()).isEqualTo(ClockService.RUNNING);
    assertThat(started.promisedDue()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(started.statutoryDue()).isEqualTo(LocalDate.of(2025, 10, 16));
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2025, 9, 30));

    ClockUtil.setCurrentTime(shanghai(2025, 9, 29, 10, 0, 0));
    CaseClock stopped = clocks.stop(caseNumber, StopReason.EXPERT_REVIEW, "专家评审食品安全方案", 5, true, "reviewer1");
    assertThat(stopped.state()).isEqualTo(ClockService.STOPPED);
    assertThat(stopped.usedDays()).isEqualTo(2);   // 09-28 (make-up Sunday), 09-29
    assertThatThrownBy(() -> clocks.stop(caseNumber, StopReason.TESTING, "", 1, true, "reviewer1"))
        .isInstanceOf(IllegalStateException.class);

    // ten calendar days later, across the holiday: 09-30, 10-09, 10-10 are the stop's working days
    ClockUtil.setCurrentTime(shanghai(2025, 10, 10, 15, 0, 0));
    assertThat(clocks.clock(caseNumber).usedDays()).isEqualTo(2);
    CaseClock resumed = clocks.resume(caseNumber, "reviewer1");
    assertThat(resumed.pausedDays()).isEqualTo(3);
    assertThat(resumed.stops()).singleElement().satisfies(stop -> {
      assertThat(stop.pausedDays()).isEqualTo(3);
      assertThat(stop.noticeAt()).isNotNull();
      assertThat(stop.reason()).isEqualTo(StopReason.EXPERT_REVIEW);
    });
    assertThat(resumed.promisedDue()).isEqualTo(LocalDate.of(2025, 10, 15));
    assertThat(resumed.statutoryDue()).isEqualTo(LocalDate.of(2025, 10, 21));
    assertThat(resumed.usedDays()).isEqualTo(2);
    assertThat(resumed.promisedRemaining()).isEqualTo(4);
    assertThat(caseFiles.get(caseNumber).promisedDue().toInstant()).isEqualTo(endOf(2025, 10, 15).toInstant());
    // the open survey task (due 09-30) moved by the same three working days
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2025, 10, 11));
    assertThatThrownBy(() -> clocks.resume(caseNumber, "reviewer1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExtensionMovesOnlyTheStatutoryDeadlineAndOnlyOnce() {
    String caseNumber = acceptedFoodCase(shanghai(2025, 9, 26, 10, 0, 0));
    clocks.requestExtension(caseNumber, 5, "需补充核查冷链设施", "reviewer1");
    assertThat(clocks.clock(caseNumber).statutoryDue()).isEqualTo(LocalDate.of(2025, 10, 16));
    CaseClock extended = clocks.decideExtension(caseNumber, true, "同意延期", true, "head1");
    assertThat(extended.promisedDue()).isEqualTo(LocalDate.of(2025, 10, 11));
    // 10 + 5 WD: … 10-16, 10-17, 10-20, 10-21, 10-22, 10-23
    assertThat(extended.statutoryDue()).isEqualTo(LocalDate.of(2025, 10, 23));
    assertThat(extended.extension().status()).isEqualTo("APPROVED");
    assertThat(extended.extension().noticeAt()).isNotNull();
    assertThat(caseFiles.get(caseNumber).statutoryDue().toInstant()).isEqualTo(endOf(2025, 10, 23).toInstant());
    assertThatThrownBy(() -> clocks.requestExtension(caseNumber, 5, "再次延期", "reviewer1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("只能延期一次");
  }

  @Test
  void aRefusedExtensionLeavesTheDeadlines() {
    String caseNumber = acceptedFoodCase(shanghai(2025, 9, 26, 10, 0, 0));
    clocks.requestExtension(caseNumber, 5, "理由", "reviewer1");
    CaseClock refused = clocks.decideExtension(caseNumber, false, "理由不充分", true, "head1");
    assertThat(refused.extension().status()).isEqualTo("REFUSED");
    assertThat(refused.statutoryDue()).isEqualTo(LocalDate.of(2025, 10, 16));
  }

  @Test
  void aStopAcrossTheSpringFestivalCountsOnlyItsWorkingDays() {
    String caseNumber = acceptedFoodCase(shanghai(2026, 2, 12, 9, 0, 0));
    // 02-13, 02-14 (make-up Saturday), 02-24, 02-25, 02-26, 02-27
    assertThat(clocks.clock(caseNumber).promisedDue()).isEqualTo(LocalDate.of(2026, 2, 27));
    ClockUtil.setCurrentTime(shanghai(2026, 2, 13, 9, 0, 0));
    clocks.stop(caseNumber, StopReason.TESTING, "送检", 3, true, "reviewer1");
    ClockUtil.setCurrentTime(shanghai(2026, 2, 25, 9, 0, 0));
    // 02-14 (make-up Saturday), 02-24, 02-25; 02-15 … 02-23 are the holiday
    CaseClock resumed = clocks.resume(caseNumber, "reviewer1");
    assertThat(resumed.pausedDays()).isEqualTo(3);
    // 6 + 3 WD: … 02-27, 02-28 (make-up Saturday), 03-02, 03-03
    assertThat(resumed.promisedDue()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(resumed.statutoryDue()).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void aStopMovesTheCasesTimersToo() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", "JointCompletionAcceptance",
        Applications.of("M01", "M02", "M03", "M04")).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    var timers = engine.getManagementService().createJobQuery().timers().list().stream()
        .filter(job -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .processInstanceBusinessKey(caseNumber).count() == 1).toList();
    assertThat(timers).hasSize(5).allSatisfy(job -> assertThat(job.getDuedate()).isEqualTo(endOf(2026, 3, 5)));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 9, 0, 0));
    clocks.stop(caseNumber, StopReason.RECTIFICATION, "等待申请人整改消防设施", 2, true, "window1");
    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 9, 0, 0));
    clocks.resume(caseNumber, "window1");
    // stopped 03-04, 03-05: the opinion deadline moves from 03-05 to 03-09
    assertThat(timers).allSatisfy(job -> assertThat(engine.getManagementService().createJobQuery().jobId(job.getId())
        .singleResult().getDuedate()).isEqualTo(endOf(2026, 3, 9)));
  }

  @Test
  void aDecisionFinishesTheClock() {
    String caseNumber = acceptedFoodCase(shanghai(2026, 3, 2, 9, 0, 0));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 4, 9, 0, 0));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 20, 9, 0, 0));
    CaseClock finished = clocks.clock(caseNumber);
    assertThat(finished.state()).isEqualTo(ClockService.FINISHED);
    assertThat(finished.usedDays()).isEqualTo(2);
  }
}
