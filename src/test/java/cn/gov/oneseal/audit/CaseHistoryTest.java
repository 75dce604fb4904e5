package cn.gov.oneseal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.audit.CaseHistory.CasePage;
import cn.gov.oneseal.audit.CaseHistory.CaseRow;
import cn.gov.oneseal.audit.CaseHistory.Entry;
import cn.gov.oneseal.audit.CaseHistory.Timeline;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditors' case history (办件历史): the search with each filter and paging, and one case's timeline. */
class CaseHistoryTest extends CaseTest {

  @Autowired CaseHistory caseHistory;

  @Test
  void theTimelineOfADecidedFoodCaseSaysWhoClaimedAndCompletedEachStepAndWhen() {
    String caseNumber = officers.grantedFood();

    Timeline timeline = caseHistory.timeline(caseNumber).orElseThrow();

    assertThat(timeline.caseFile().caseNumber()).isEqualTo(caseNumber);
    assertThat(timeline.caseFile().itemName()).isEqualTo("食品经营许可");
    assertThat(timeline.caseFile().statusLabel()).isEqualTo(caseFiles.get(caseNumber).status().label());
    List<Entry> entries = timeline.entries();
    assertThat(entries).extracting(Entry::at).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(entries.get(0).type()).isEqualTo("收件");
    assertThat(entries.get(0).officer()).isEqualTo("张敏（window1）");
    assertThat(step(entries, "window1").claimedBy()).isEqualTo("张敏（window1）");
    assertThat(step(entries, "window1").claimedAt()).isNotNull();
    assertThat(step(entries, "window1").completedAt()).isAfterOrEqualTo(step(entries, "window1").claimedAt());
    assertThat(step(entries, "reviewer1").completedBy()).isEqualTo("王强（reviewer1）");
    assertThat(step(entries, "decider1").completedBy()).isEqualTo("陈建国（decider1）");
    assertThat(step(entries, "surveylead1").completedBy()).as("the called survey stage is folded into the case")
        .isEqualTo("孙浩（surveylead1）");
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("意见");
      assertThat(e.officer()).isEqualTo("王强（reviewer1）");
      assertThat(e.title()).isEqualTo("审查意见：准予许可");
      assertThat(e.detail()).isEqualTo("符合法定条件");
    });
    assertThat(entries).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("决定");
      assertThat(e.officer()).isEqualTo("陈建国（decider1）");
      assertThat(e.title()).isEqualTo("决定：准予许可");
    });
    assertThat(entries).as("the changes of the variables that steer the case").anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("变量");
      assertThat(e.title()).isEqualTo("受理决定 = 受理");
    });
    assertThat(entries).filteredOn(e -> e.type().equals("变量")).extracting(Entry::title)
        .contains("审批决定 = 准予许可");
    assertThat(entries).as("the notices written to the applicant").anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("文书");
      assertThat(e.title()).contains("受理");
    });
    assertThat(caseHistory.timeline("NO-SUCH-CASE")).isEmpty();
  }

  @Test
  void searchFindsTheCaseByEachFilterAndNotByAWrongOne() {
    String caseNumber = officers.grantedFood();
    CaseFile c = caseFiles.get(caseNumber);
    LocalDate received = c.receivedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    CaseSearch byNumber = CaseSearch.all().withCaseNumber(caseNumber);

    assertThat(numbers(caseHistory.search(byNumber))).containsExactly(caseNumber);
    assertThat(caseHistory.search(byNumber).rows().get(0)).as("officers by name and login")
        .satisfies(row -> assertThat(row.receivedBy()).isEqualTo("张敏（window1）"))
        .satisfies(row -> assertThat(row.decidedBy()).isEqualTo("陈建国（decider1）"));
    assertThat(numbers(caseHistory.search(byNumber.withApplicant("好味餐饮")))).containsExactly(caseNumber);
    assertThat(numbers(caseHistory.search(byNumber.withApplicant(c.applicantId())))).containsExactly(caseNumber);
    assertThat(numbers(caseHistory.search(byNumber.withApplicant("别家公司")))).isEmpty();
    assertThat(numbers(caseHistory.search(byNumber.withItemCode("FoodBusinessLicence")))).containsExactly(caseNumber);
    assertThat(numbers(caseHistory.search(byNumber.withItemCode("DrugRetailLicence")))).isEmpty();
    assertThat(numbers(caseHistory.search(byNumber.withReceived(received, received)))).containsExactly(caseNumber);
    assertThat(numbers(caseHistory.search(byNumber.withReceived(null, received.minusDays(1))))).isEmpty();
    assertThat(numbers(caseHistory.search(byNumber.withReceived(received.plusDays(1), null)))).isEmpty();
    for (String officer : List.of("window1", "reviewer1", "decider1", "surveylead1")) {
      assertThat(numbers(caseHistory.search(byNumber.withOfficer(officer)))).as(officer).containsExactly(caseNumber);
    }
    assertThat(numbers(caseHistory.search(byNumber.withOfficer("auditor1")))).isEmpty();
    assertThat(numbers(caseHistory.search(byNumber.withStatus(c.status().name())))).containsExactly(caseNumber);
    assertThat(numbers(caseHistory.search(byNumber.withStatus("REJECTED")))).isEmpty();
    String state = c.closedAt() == null ? "running" : "finished";
    String otherState = c.closedAt() == null ? "finished" : "running";
    assertThat(numbers(caseHistory.search(byNumber.withState(state)))).containsExactly(caseNumber);
    assertThat(numbers(caseHistory.search(byNumber.withState(otherState)))).isEmpty();
  }

  @Test
  void searchPagesNewestFirstAndFindsRunningCases() {
    String applicant = "审计分页" + UUID.randomUUID().toString().substring(0, 8) + "餐饮有限公司";
    Date start = ClockUtil.getCurrentTime();
    List<String> registered = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ClockUtil.setCurrentTime(new Date(start.getTime() + i * 60_000L));
      Map<String, Object> form = Applications.food();
      form.put("applicantName", applicant);
      registered.add(officers.register("window1", form).getBusinessKey());
    }
    CaseSearch search = CaseSearch.all().withApplicant(applicant).withPage(0, 2);

    CasePage first = caseHistory.search(search);
    CasePage second = caseHistory.search(search.withPage(1, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(numbers(first)).containsExactly(registered.get(2), registered.get(1));
    assertThat(numbers(second)).containsExactly(registered.get(0));
    assertThat(numbers(caseHistory.search(search.withPage(2, 2)))).isEmpty();
    assertThat(first.rows()).allSatisfy(r -> assertThat(r.finished()).isFalse());
    assertThat(numbers(caseHistory.search(search.withPage(0, 100).withState("running")))).hasSize(3);
    assertThatThrownBy(() -> search.withPage(0, 101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> search.withPage(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Entry step(List<Entry> entries, String officer) {
    return entries.stream().filter(e -> e.type().equals("步骤") && e.completedBy() != null
        && e.completedBy().endsWith("（" + officer + "）")).findFirst()
        .orElseThrow(() -> new AssertionError("no step completed by " + officer + " in " + entries));
  }

  private static List<String> numbers(CasePage page) {
    return page.rows().stream().map(CaseRow::caseNumber).toList();
  }
}
