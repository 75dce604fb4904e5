package cn.gov.oneseal.tasklist;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.window.WindowSubmission;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Officers' Tasklist: the shared filters by role, read at given engine-clock times, and names that say the case. */
class OfficerFiltersTest extends CaseTest {

  static final List<String> SHARED = List.of("我的待办", "组待办", "即将超期", "已超期", "被催办", "征求我的意见", "容缺待补正",
      "待签收监管");

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  Filter filter(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
  }

  /** The filters the user may read, by name. */
  List<String> visible(String userId) {
    return officers.as(userId, () -> engine.getFilterService().createFilterQuery().list()).stream()
        .map(Filter::getName).toList();
  }

  /** The ids of the tasks the filter shows the user now (engine clock). */
  List<String> shown(String userId, String filterName) {
    String id = filter(filterName).getId();
    return officers.as(userId, () -> engine.getFilterService().<Task>list(id)).stream().map(Task::getId).toList();
  }

  @Test
  void theSharedFiltersAreSortedByStageDeadlineDescribedInChineseAndVisibleToTheRolesTheyServe() {
    for (String name : SHARED) {
      Filter filter = filter(name);
      assertThat(filter).as(name).isNotNull();
      assertThat(filter.getOwner()).isNull();
      assertThat((String) filter.getProperties().get("description")).as(name).contains("按").endsWith("期限排序");
      List<QueryOrderingProperty> order = ((TaskQueryImpl) filter.getQuery()).getOrderingProperties();
      assertThat(order).as(name).singleElement().satisfies(o -> {
        assertThat(o.getQueryProperty()).isEqualTo(TaskQueryProperty.DUE_DATE);
        assertThat(o.getDirection()).isEqualTo(Direction.ASCENDING);
      });
    }
    TaskQueryImpl soon = filter("即将超期").getQuery();
    assertThat(soon.getExpressions()).containsEntry("followUpBefore", "${now()}").containsEntry("dueAfter", "${now()}")
        .containsEntry("taskCandidateGroupIn", "${currentUserGroups()}");
    TaskQueryImpl late = filter("已超期").getQuery();
    assertThat(late.getExpressions()).containsEntry("dueBefore", "${now()}");
    TaskQueryImpl signFor = filter("待签收监管").getQuery();
    assertThat(signFor.getKey()).isEqualTo("Task_SignForDecision");

    assertThat(visible("window1")).contains("我的待办", "组待办", "即将超期", "已超期", "容缺待补正")
        .doesNotContain("待签收监管");
    assertThat(visible("reviewer1")).contains("即将超期", "已超期", "容缺待补正").doesNotContain("待签收监管");
    assertThat(visible("samr1")).contains("我的待办", "组待办", "即将超期", "已超期", "待签收监管")
        .doesNotContain("容缺待补正");
    assertThat(visible("auditor1")).doesNotContainAnyElementsOf(SHARED);
  }

  @Test
  void aTaskIsComingDueFromItsYellowPointAndOverdueAfterItsDeadline() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    Task accept = officers.task(caseNumber, "Task_AcceptApplication");
    Date yellow = accept.getFollowUpDate();
    Date due = accept.getDueDate();
    assertThat(yellow).isAfter(ClockUtil.getCurrentTime()).isBefore(due);

    assertThat(shown("window1", "组待办")).contains(accept.getId());
    assertThat(shown("window1", "即将超期")).doesNotContain(accept.getId());
    assertThat(shown("window1", "已超期")).doesNotContain(accept.getId());

    ClockUtil.setCurrentTime(new Date(yellow.getTime() + 60_000));
    assertThat(shown("window1", "即将超期")).contains(accept.getId());
    assertThat(shown("window1", "已超期")).doesNotContain(accept.getId());
    // a reviewer's filters do not show the window's tasks
    assertThat(shown("reviewer1", "即将超期")).doesNotContain(accept.getId());

    // claimed, it stays in the group's 即将超期 and is in 我的待办
    officers.run("window1", () -> engine.getTaskService().claim(accept.getId(), "window1"));
    assertThat(shown("window1", "即将超期")).contains(accept.getId());
    assertThat(shown("window1", "我的待办")).contains(accept.getId());
    assertThat(shown("window1", "组待办")).doesNotContain(accept.getId());

    ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
    assertThat(shown("window1", "已超期")).contains(accept.getId());
    assertThat(shown("window1", "即将超期")).doesNotContain(accept.getId());
  }

  @Test
  void theRegulatorsSignForIsInItsOwnGroupsFilterOnly() {
    String caseNumber = officers.grantedFood();
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    Task signFor = officers.task(caseNumber, "Task_SignForDecision");
    assertThat(shown("samr1", "待签收监管")).contains(signFor.getId());
    assertThat(shown("nhc1", "待签收监管")).doesNotContain(signFor.getId());
    assertThat(shown("window1", "组待办")).doesNotContain(signFor.getId());
  }

  @Test
  void deficiencyCasesShowTheirHeldTasksAndThenTheSupplementsToCheck() {
    Map<String, Object> form = Applications.of("M01", "M02", "M04");
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", "34052419800101001X");
    form.put("businessScope", "CATERING");
    String caseNumber = officers.register("window1", form).getBusinessKey();
    Map<String, Object> pledge = new HashMap<>();
    pledge.put("intakeDecision", "deficiency");
    pledge.put("deficientMaterials", Spin.JSON("[\"M03\"]"));
    pledge.put("supplementWorkingDays", 4L);
    pledge.put("pledgeSigned", true);
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge);
    officers.passSurvey(caseNumber);

    // an ordinary case at the same stage is not in the filter
    String ordinary = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", ordinary, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(ordinary);

    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(shown("reviewer1", "容缺待补正")).contains(review.getId())
        .doesNotContain(officers.task(ordinary, "Task_ReviewApplication").getId());

    officers.hand("window1", caseNumber, WindowSubmission.SUPPLEMENTS, Map.of("note", "补交食品安全管理制度"));
    Task check = officers.task(caseNumber, "Task_CheckSupplements");
    assertThat(shown("window1", "容缺待补正")).contains(check.getId());
    officers.complete("window2", caseNumber, "Task_CheckSupplements", Map.of("supplementsChecked", "accepted"));
    // accepted: no longer held
    assertThat(shown("reviewer1", "容缺待补正")).doesNotContain(review.getId());
  }

  @Test
  void aTaskNameSaysTheStageAndTheCase() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    Task accept = officers.task(caseNumber, "Task_AcceptApplication");
    assertThat(accept.getName()).isEqualTo("受理审查 · " + caseNumber + " · 食品经营许可 · 好味餐饮有限公司");
    // a task in a called stage says it too
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list())
        .isNotEmpty().allSatisfy(task -> assertThat(task.getName()).contains(caseNumber, "食品经营许可", "好味餐饮有限公司"));
  }
}
