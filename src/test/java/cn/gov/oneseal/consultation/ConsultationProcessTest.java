package cn.gov.oneseal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code Consultation_Opinion} (征求意见): started per consultee for the case (business key, bureau), a task
 * for the consultee user or group due at the end of the last working day; answered → 已答复; the deadline passes →
 * 记录逾期未回复 → 逾期未回复; the asking step ends without completion → the consultee's process is deleted (已撤回).
 */
class ConsultationProcessTest extends CaseTest {

  @Autowired Consulting consulting;
  @Autowired WorkingDayCalendar calendar;

  Consultation asked(String reviewer, int days, List<String> users, List<String> groups) {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run(reviewer, () -> engine.getTaskService().claim(review.getId(), reviewer));
    return consulting.ask(new Authentication(reviewer, List.of("reviewer"), List.of("city")), review.getId(),
        "是否影响准予？", days, users, groups);
  }

  ProcessInstance instance(Consultation.Reply reply) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(reply.processInstanceId())
        .singleResult();
  }

  @Test
  void answeredTheProcessEndsAsAnswered() {
    Date now = ClockUtil.getCurrentTime();
    Consultation consultation = asked("reviewer2", 3, List.of("expert1"), List.of());
    ProcessInstance instance = instance(consultation.replies().get(0));
    assertThat(instance).isWaitingAt("Task_GiveConsultationOpinion");
    assertThat(instance.getBusinessKey()).isEqualTo(consultation.caseNumber());
    assertThat(instance.getTenantId()).isEqualTo("city");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(calendar.deadline(now, 3));
    // the deadline is no stage limit: no yellow point before it (e-supervision cards, 即将超期)
    assertThat(task.getFollowUpDate()).isEqualTo(task.getDueDate());
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
        .containsExactly("expert1");

    officers.run("expert1", () -> engine.getFormService().submitTaskForm(task.getId(),
        Map.of("consultationAnswer", "不影响")));

    assertThat(instance).isEnded().hasPassed("EndEvent_OpinionGiven").hasNotPassed("Task_RecordNoReply");
    assertThat(consulting.ofCase(consultation.caseNumber()).get(0).replies().get(0).state())
        .isEqualTo(ReplyState.ANSWERED);
  }

  @Test
  void theDeadlinePassesTheProcessRecordsNoReply() {
    Consultation consultation = asked("reviewer1", 1, List.of(), List.of("regulatorSamr"));
    ProcessInstance instance = instance(consultation.replies().get(0));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("regulatorSamr");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(consultation.dueAt().toInstant()));

    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(instance).isEnded().hasPassed("BoundaryEvent_ReplyOverdue", "Task_RecordNoReply", "EndEvent_NoReply")
        .hasNotPassed("EndEvent_OpinionGiven");
    Consultation.Reply reply = consulting.ofCase(consultation.caseNumber()).get(0).replies().get(0);
    assertThat(reply.state()).isEqualTo(ReplyState.OVERDUE);
    assertThat(reply.answer()).isNull();
    assertThat(consulting.pendingOn(consultation.taskId())).isEmpty();
  }

  @Test
  void theAskingStepEndsWithoutCompletionTheConsultationIsWithdrawn() {
    Consultation consultation = asked("reviewer2", 3, List.of("expert1"), List.of("regulatorSamr"));
    ProcessInstance instance = instance(consultation.replies().get(0));
    ProcessInstance item = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(consultation.caseNumber()).processDefinitionKey("FoodBusinessLicence")
        .singleResult();

    // the case is cancelled at its review (as an administrator would in Cockpit)
    engine.getRuntimeService().deleteProcessInstance(item.getId(), "撤销办件");

    assertThat(instance).isEnded().hasNotPassed("EndEvent_OpinionGiven", "Task_RecordNoReply");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(consultation.caseNumber())
        .count()).isZero();
    assertThat(consulting.ofCase(consultation.caseNumber()).get(0).replies()).extracting(Consultation.Reply::state)
        .containsExactly(ReplyState.WITHDRAWN, ReplyState.WITHDRAWN);
  }
}
