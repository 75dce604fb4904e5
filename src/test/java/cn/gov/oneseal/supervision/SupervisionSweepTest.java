package cn.gov.oneseal.supervision;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.StopReason;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cards fire on the right working day across the 2025 National Day: a food case accepted on Friday
 * 2025-09-26 is promised by 10-11 (a make-up Saturday) and due by law on 10-16.
 */
class SupervisionSweepTest extends CaseTest {

  @Autowired SupervisionSweep sweep;
  @Autowired Cards cards;
  @Autowired ClockService clocks;

  @BeforeEach
  void setUp() {
    // earlier tests' cases must not raise cards here
    ClockUtil.setCurrentTime(shanghai(2020, 1, 1, 0, 0, 0));
  }


  String acceptedCase() {
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return caseNumber;
  }

  List<Card> sweepAt(java.util.Date at, String caseNumber) {
    ClockUtil.setCurrentTime(at);
    return sweep.sweep().stream().filter(c -> c.caseNumber().equals(caseNumber)).toList();
  }

  @Test
  void caseCardsFireOnTheRightDays() {
    String caseNumber = acceptedCase();
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));

    assertThat(sweepAt(shanghai(2025, 10, 10, 23, 59, 0), caseNumber)).filteredOn(c -> c.scope().equals("CASE")).isEmpty();
    List<Card> yellow = sweepAt(shanghai(2025, 10, 11, 0, 0, 1), caseNumber);
    assertThat(yellow).filteredOn(c -> c.scope().equals("CASE")).singleElement().satisfies(card -> {
      assertThat(card.kind()).isEqualTo(CardKind.YELLOW);
      assertThat(card.deadline().toInstant()).isEqualTo(endOf(2025, 10, 11).toInstant());
      assertThat(card.responsibleGroup()).isEqualTo("decider");
      assertThat(card.bureauId()).isEqualTo("city");
    });
    // the same sweep again raises nothing twice
    assertThat(sweepAt(shanghai(2025, 10, 11, 23, 59, 59), caseNumber)).filteredOn(c -> c.scope().equals("CASE")).isEmpty();
    assertThat(sweepAt(shanghai(2025, 10, 12, 0, 0, 1), caseNumber)).filteredOn(c -> c.scope().equals("CASE"))
        .extracting(Card::kind).containsExactly(CardKind.RED);
    assertThat(sweepAt(shanghai(2025, 10, 16, 23, 59, 59), caseNumber)).filteredOn(c -> c.scope().equals("CASE")).isEmpty();
    assertThat(sweepAt(shanghai(2025, 10, 17, 0, 0, 1), caseNumber)).filteredOn(c -> c.scope().equals("CASE"))
        .extracting(Card::kind).containsExactly(CardKind.SEVERE_RED);
    assertThat(cards.ofCase(caseNumber)).filteredOn(c -> c.scope().equals("CASE")).extracting(Card::kind)
        .containsExactly(CardKind.YELLOW, CardKind.RED, CardKind.SEVERE_RED);
  }

  @Test
  void caseCardsAcrossTheSpringFestival() {
    ClockUtil.setCurrentTime(shanghai(2026, 2, 12, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    // promised: 02-13, 02-14 (make-up), 02-24 … 02-27; statutory: … 02-28 (make-up), 03-02, 03-03, 03-04
    assertThat(sweepAt(shanghai(2026, 2, 26, 23, 59, 59), caseNumber)).filteredOn(c -> c.scope().equals("CASE")).isEmpty();
    assertThat(sweepAt(shanghai(2026, 2, 27, 0, 0, 1), caseNumber)).filteredOn(c -> c.scope().equals("CASE"))
        .extracting(Card::kind).containsExactly(CardKind.YELLOW);
    assertThat(sweepAt(shanghai(2026, 2, 28, 0, 0, 1), caseNumber)).filteredOn(c -> c.scope().equals("CASE"))
        .extracting(Card::kind).containsExactly(CardKind.RED);
    assertThat(sweepAt(shanghai(2026, 3, 4, 23, 59, 59), caseNumber)).filteredOn(c -> c.scope().equals("CASE")).isEmpty();
    assertThat(sweepAt(shanghai(2026, 3, 5, 0, 0, 1), caseNumber)).filteredOn(c -> c.scope().equals("CASE"))
        .extracting(Card::kind).containsExactly(CardKind.SEVERE_RED);
  }

  @Test
  void stageCardsFollowTheTasksYellowPointAndDueDate() {
    String caseNumber = acceptedCase();
    // survey: created 09-26, due 09-30 (3 WD), yellow from the start of 09-30
    assertThat(sweepAt(shanghai(2025, 9, 29, 23, 0, 0), caseNumber)).isEmpty();
    assertThat(sweepAt(shanghai(2025, 9, 30, 8, 0, 0), caseNumber)).singleElement().satisfies(card -> {
      assertThat(card.kind()).isEqualTo(CardKind.YELLOW);
      assertThat(card.stage()).isEqualTo("安排勘验");
      assertThat(card.responsibleGroup()).isEqualTo("surveyLead");
    });
    assertThat(sweepAt(shanghai(2025, 10, 1, 0, 0, 1), caseNumber)).singleElement()
        .satisfies(card -> assertThat(card.kind()).isEqualTo(CardKind.RED));
  }

  @Test
  void eachCardOpensASupervisorTaskAndIsClosedWhenHandled() {
    String caseNumber = acceptedCase();
    Card card = sweepAt(shanghai(2025, 9, 30, 8, 0, 0), caseNumber).get(0);
    Task handle = officers.as("supervisor1", () -> engine.getTaskService().createTaskQuery()
        .processDefinitionKey(SupervisionSweep.HANDLE_PROCESS).processInstanceBusinessKey(caseNumber).singleResult());
    assertThat(handle).isNotNull();
    assertThat(handle.getName()).isEqualTo("督办：黄牌 · 安排勘验 · " + caseNumber + " · 好味餐饮有限公司");
    assertThat(handle.getTenantId()).isEqualTo("city");
    assertThat((String) engine.getTaskService().getVariable(handle.getId(), "cardSummary"))
        .startsWith("黄牌：食品经营许可 " + caseNumber).contains("安排勘验截止 2025-09-30");
    officers.complete("supervisor1", caseNumber, "Task_HandleCard", Map.of("handlingOpinion", "已电话督促勘验组"));
    assertThat(cards.find(card.id()).orElseThrow().status()).isEqualTo("HANDLED");
    assertThat(cards.find(card.id()).orElseThrow().handledBy()).isEqualTo("supervisor1");
  }

  @Test
  void aStoppedClockRaisesNoCards() {
    String caseNumber = acceptedCase();
    ClockUtil.setCurrentTime(shanghai(2025, 9, 29, 9, 0, 0));
    clocks.stop(caseNumber, StopReason.TESTING, "送检", 10, true, "reviewer1");
    assertThat(sweepAt(shanghai(2025, 10, 20, 9, 0, 0), caseNumber)).isEmpty();
    ClockUtil.setCurrentTime(shanghai(2025, 10, 20, 10, 0, 0));
    clocks.resume(caseNumber, "reviewer1");
    // stopped 09-30, 10-09, 10-10, 10-11 (make-up), 10-13 … 10-17, 10-20: ten working days, so the
    // survey task moves from 09-30 to 10-21 and turns yellow only then
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2025, 10, 21));
    assertThat(sweepAt(shanghai(2025, 10, 20, 11, 0, 0), caseNumber)).isEmpty();
    assertThat(sweepAt(shanghai(2025, 10, 21, 8, 0, 0), caseNumber)).extracting(Card::kind)
        .containsExactly(CardKind.YELLOW);
  }
}
