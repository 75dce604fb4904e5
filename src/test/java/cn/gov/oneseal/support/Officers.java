package cn.gov.oneseal.support;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.window.WindowSubmission;
import cn.gov.oneseal.window.WindowSubmissions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Acts as the demo officers through the Java API, with their groups, as Tasklist would. */
public final class Officers {

  private final ProcessEngine engine;
  private final WindowSubmissions submissions;

  public Officers(ProcessEngine engine) {
    this(engine, null);
  }

  public Officers(ProcessEngine engine, WindowSubmissions submissions) {
    this.engine = engine;
    this.submissions = submissions;
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

  /**
   * The window records what the applicant or a higher organ handed in (corrections, supplements, a rectification
   * report, a 陈述申辩, a higher organ's decision) through its step, as the officer: window/WindowSubmissions.
   */
  public Map<String, Object> hand(String userId, String caseNumber, WindowSubmission kind, Map<String, Object> fields) {
    return as(userId, () -> submissions.submit(kind, caseNumber, fields));
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

  /** A food business licence (餐饮服务) registered and accepted by window1 and surveyed: waiting for its review. */
  public String surveyedFood() {
    String caseNumber = register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    passSurvey(caseNumber);
    return caseNumber;
  }

  /** {@link #surveyedFood()} reviewed by reviewer1 (grant): waiting for its decision. */
  public String reviewedFood() {
    String caseNumber = surveyedFood();
    complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    return caseNumber;
  }

  /**
   * A food business licence (餐饮服务) granted on the ordinary path: window1 accepts, surveylead1
   * surveys, reviewer1 reviews, decider1 decides; returns the case number.
   */
  public String grantedFood() {
    String caseNumber = register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
    complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    passSurvey(caseNumber);
    complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    issueElectronicLicences(caseNumber);
    return caseNumber;
  }

  /**
   * Runs the case's pending electronic-licence job, as the job executor does right after a grant commits (the tests
   * run without a job executor); returns how many ran (other tests' grants leave theirs pending).
   */
  public int issueElectronicLicences(String caseNumber) {
    List<Job> pending = engine.getManagementService().createJobQuery().list().stream()
        .filter(job -> job instanceof JobEntity entity && "oneseal-electronic-licence".equals(entity.getJobHandlerType())
            && entity.getJobHandlerConfigurationRaw().startsWith(caseNumber + "|")).toList();
    pending.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    return pending.size();
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
    issueElectronicLicences(caseNumber);
    return caseNumber;
  }

  /** The timer that ends the case's 批前公示 (Stage_Review's Event_PrePublicityEnded), if it waits. */
  public Job prePublicityTimer(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
        .stream().flatMap(pi -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
            .activityId("Event_PrePublicityEnded").list().stream()).findFirst().orElse(null);
  }

  /**
   * Ends the case's 批前公示 as the job executor does once its period is over (the tests run without one): runs the
   * timer; the engine clock is left where it is.
   */
  public void endPrePublicity(String caseNumber) {
    Job timer = prePublicityTimer(caseNumber);
    if (timer == null) {
      throw new IllegalStateException("办件 " + caseNumber + " 没有等待中的批前公示");
    }
    engine.getManagementService().executeJob(timer.getId());
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

  /** The open survey-findings task of one participant group (the parallel tasks of a joint survey). */
  public Task participantTask(String caseNumber, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_FileParticipantFindings").taskCandidateGroup(group).singleResult();
  }

  /** A participant of the group files its findings, as the group's first user. */
  public void fileFindings(String caseNumber, String group, String opinion, String findings) {
    String userId = memberOf(group);
    run(userId, () -> {
      Task task = participantTask(caseNumber, group);
      if (task == null) {
        throw new AssertionError("case " + caseNumber + " has no open survey task for " + group);
      }
      engine.getTaskService().claim(task.getId(), userId);
      engine.getFormService().submitTaskForm(task.getId(),
          Map.of("participantOpinion", opinion, "participantFindings", findings));
    });
  }

  /** The lead schedules a visit today with the participant groups. */
  public void scheduleSurvey(String caseNumber, String... groups) {
    scheduleSurveyAs("surveylead1", caseNumber, groups);
  }

  public void scheduleSurveyAs(String lead, String caseNumber, String... groups) {
    complete(lead, caseNumber, "Task_ScheduleSurvey", Map.of(
        "surveyDate", WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime()).toString(),
        "surveyParticipants", Spin.JSON(List.of(groups)),
        "surveyExperts", List.of(groups).contains("surveyExpert") ? "方毅、欧阳明" : "",
        "applicantAppointment", "已电话预约，申请人法定代表人到场",
        "applicantNotified", true));
  }

  /** The lead records the survey with its result (rectify: within 10 working days). */
  public void recordSurvey(String caseNumber, String result) {
    recordSurveyAs("surveylead1", caseNumber, result);
  }

  public void recordSurveyAs(String lead, String caseNumber, String result) {
    Map<String, Object> form = new java.util.HashMap<>(Map.of("surveyResult", result, "surveyStaff", "孙浩、钱多",
        "leadFindings", "场所布局与申请一致", "applicantConfirmed", true));
    if (result.equals("rectify")) {
      form.put("rectificationRequirements", "更衣室未设洗手消毒设施");
      form.put("rectificationDays", "10");
    }
    complete(lead, caseNumber, "Task_RecordSurveyFindings", form);
  }

  /** 联合现场勘验 in one go: a visit today with the item's first participant, which agrees; the lead records a pass. */
  public void passSurvey(String caseNumber) {
    surveyAs("surveylead1", caseNumber, "pass");
  }

  /** The same with the lead of a bureau and a result (pass / fail). */
  public void surveyAs(String lead, String caseNumber, String result) {
    Task schedule = task(caseNumber, "Task_ScheduleSurvey");
    if (schedule == null) {
      throw new AssertionError("case " + caseNumber + " has no open Task_ScheduleSurvey");
    }
    SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariable(schedule.getId(),
        "surveyParticipantOptions");
    String group = options.elements().get(0).prop("value").stringValue();
    scheduleSurveyAs(lead, caseNumber, group);
    fileFindings(caseNumber, group, "agree", "现场与申请材料一致");
    recordSurveyAs(lead, caseNumber, result);
  }

  /** The first user of a group. */
  public String memberOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc().list().get(0)
        .getId();
  }
}
