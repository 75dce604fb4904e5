package cn.gov.oneseal.support;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import cn.gov.oneseal.calendar.WorkingDayCalendar;

/** Acts as the demo officers through the Java API, with their groups, as Tasklist would. */
public final class Officers {

  private final ProcessEngine engine;

  public Officers(ProcessEngine engine) {
    this.engine = engine;
  }

  public static Date shanghai(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, WorkingDayCalendar.ZONE).toInstant());
  }

  public static Date endOf(int year, int month, int day) {
    return shanghai(year, month, day, 23, 59, 59);
  }

  /** Runs the action authenticated as the user, with the groups and bureaus (tenants) the engine knows. */
  public <T> T as(String userId, Supplier<T> action) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      throw new IllegalArgumentException("no user " + userId);
    }
    identity.setAuthentication(userId,
        identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList(),
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(t -> t.getId()).toList());
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void run(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }

  /** 收件 of a food business licence through the start form, as the window officer. */
  public ProcessInstance register(String userId, Map<String, Object> form) {
    return register(userId, "FoodBusinessLicence", form);
  }

  /** 收件 of an item through its start form, as the window officer. */
  public ProcessInstance register(String userId, String itemCode, Map<String, Object> form) {
    return as(userId, () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(itemCode)
            .latestVersion().singleResult().getId(), form));
  }

  /**
   * A food business licence (餐饮服务) granted on the ordinary path: window1 accepts, surveylead1
   * surveys, reviewer1 reviews, decider1 decides; returns the case number.
   */
  public String grantedFood() {
    String caseNumber = register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", Map.of("surveyResult", "pass",
        "surveyDate", "2026-03-02", "surveyStaff", "孙浩、钱多", "surveyFindings", "符合"));
    complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    return caseNumber;
  }

  /**
   * A food business licence (食品销售) granted on the applicant's commitment (告知承诺) by window1 and
   * decider1; returns the case number.
   */
  public String grantedOnCommitment(String residentId) {
    Map<String, Object> form = Applications.of("M01", "M02", "M03", "M04");
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", residentId);
    form.put("businessScope", "FOOD_SALES");
    String caseNumber = register("window1", "FoodBusinessLicence", form).getBusinessKey();
    complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "commitment", "formalCheckPassed", true, "commitmentSigned", true));
    complete("decider1", caseNumber, "Task_DecideOnCommitment", Map.of("commitmentReviewed", true));
    return caseNumber;
  }

  /** The open task of a case at one activity (in the case's process or one of its stages). */
  public Task task(String caseNumber, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** Claims the task and submits its form as the officer. */
  public void complete(String userId, String caseNumber, String taskDefinitionKey, Map<String, Object> form) {
    run(userId, () -> {
      Task task = task(caseNumber, taskDefinitionKey);
      if (task == null) {
        throw new AssertionError("case " + caseNumber + " has no open task " + taskDefinitionKey);
      }
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getFormService().submitTaskForm(task.getId(), form);
    });
  }
}
