package cn.gov.oneseal.clock;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;

import cn.gov.oneseal.calendar.CalendarDataMissingException;
import cn.gov.oneseal.calendar.OpenDeadlines;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a change of the calendar, the engine's open deadlines are counted afresh: each open task's due and
 * follow-up dates keep their number of working days from the task's creation (and its provisional mark goes or
 * comes), and each open timer keeps its number of working days from the job's creation. A timer whose date is a
 * process variable ({@code ${correctionDue}}, {@code ${supplementDue}}, {@code ${rectificationDue}},
 * {@code ${responseDue}} …) fires on a date given outside — printed on a notice to the applicant — and only
 * ever moves later, the variable with it.
 */
@Component
class EngineDeadlineRecomputation implements OpenDeadlines {

  private static final Logger LOG = LoggerFactory.getLogger(EngineDeadlineRecomputation.class);
  private static final Pattern VARIABLE = Pattern.compile("^\\s*\\$\\{\\s*(\\w+)\\s*}\\s*$");

  private final WorkingDayCalendar calendar;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final CaseTaskNames taskNames;

  EngineDeadlineRecomputation(WorkingDayCalendar calendar, TaskService taskService, RuntimeService runtimeService,
      ManagementService managementService, RepositoryService repositoryService, CaseTaskNames taskNames) {
    this.calendar = calendar;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.repositoryService = repositoryService;
    this.taskNames = taskNames;
  }

  @Override
  public Moved recompute(WorkingDayCalendar before) {
    return AsSystem.call(() -> new Moved(List.of(), tasks(before), timers(before)));
  }

  private List<TaskChange> tasks(WorkingDayCalendar before) {
    List<TaskChange> changes = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().list()) {
      if (task.getDueDate() == null) {
        continue;
      }
      LocalDate created = dayOf(task.getCreateTime());
      Date due;
      try {
        due = keepWorkingDays(before, created, task.getDueDate());
      } catch (CalendarDataMissingException outsideTheLaw) {
        LOG.warn("due date of task {} needs {}, outside the calendar: left as it was", task.getId(),
            outsideTheLaw.getYear());
        continue;
      }
      Date dueBefore = task.getDueDate();
      String description = TaskDueMark.apply(task.getDescription(), calendar.provisionalYears(created, dayOf(due)));
      boolean moved = !due.equals(dueBefore);
      if (!moved && java.util.Objects.equals(description, task.getDescription())) {
        continue;
      }
      if (moved && task.getFollowUpDate() != null) {
        task.setFollowUpDate(keepWorkingDays(before, created, task.getFollowUpDate()));
      }
      task.setDueDate(due);
      task.setDescription(description);
      taskService.saveTask(task);
      if (moved) {
        changes.add(new TaskChange(task.getId(), caseNumber(task.getProcessInstanceId()), taskNames.stage(task),
            dayOf(dueBefore), dayOf(due)));
      }
    }
    return changes;
  }

  private List<TimerChange> timers(WorkingDayCalendar before) {
    List<TimerChange> changes = new ArrayList<>();
    LocalDate today = dayOf(ClockUtil.getCurrentTime());
    for (Job timer : managementService.createJobQuery().timers().list()) {
      if (timer.getDuedate() == null || timer.getProcessInstanceId() == null) {
        continue;
      }
      LocalDate created = timer.getCreateTime() == null ? today : dayOf(timer.getCreateTime());
      Date due;
      try {
        due = keepWorkingDays(before, created, timer.getDuedate());
      } catch (CalendarDataMissingException outsideTheLaw) {
        LOG.warn("timer {} needs {}, outside the calendar: left as it was", timer.getId(), outsideTheLaw.getYear());
        continue;
      }
      String variable = givenVariable(timer);
      if (variable != null && due.before(timer.getDuedate())) {
        // given outside (printed on a notice): never earlier
        continue;
      }
      if (due.equals(timer.getDuedate())) {
        continue;
      }
      managementService.setJobDuedate(timer.getId(), due);
      if (variable != null) {
        runtimeService.setVariable(timer.getExecutionId(), variable, due);
      }
      changes.add(new TimerChange(timer.getId(), caseNumber(timer.getProcessInstanceId()), activityName(timer),
          dayOf(timer.getDuedate()), dayOf(due), variable != null));
    }
    return changes;
  }

  /** The moment as many working days after {@code created} on the calendar as it is now as it was before. */
  private Date keepWorkingDays(WorkingDayCalendar before, LocalDate created, Date moment) {
    ZonedDateTime local = moment.toInstant().atZone(WorkingDayCalendar.ZONE);
    int workingDays = before.workingDaysBetween(created, local.toLocalDate());
    if (workingDays < 0) {
      return moment;
    }
    return Date.from(local.with(calendar.plusWorkingDays(created, workingDays)).toInstant());
  }

  /** The process variable a timer's date comes from ({@code ${name}} in the model), or null. */
  private String givenVariable(Job timer) {
    TimerEventDefinition definition = definition(timer);
    if (definition == null || definition.getTimeDate() == null) {
      return null;
    }
    Matcher matcher = VARIABLE.matcher(definition.getTimeDate().getTextContent());
    return matcher.matches() ? matcher.group(1) : null;
  }

  private TimerEventDefinition definition(Job timer) {
    String activityId = activityId(timer);
    if (activityId == null) {
      return null;
    }
    var element = repositoryService.getBpmnModelInstance(timer.getProcessDefinitionId())
        .getModelElementById(activityId);
    if (element == null) {
      return null;
    }
    return element.getChildElementsByType(TimerEventDefinition.class).stream().findFirst().orElse(null);
  }

  private String activityId(Job timer) {
    if (timer.getJobDefinitionId() == null) {
      return null;
    }
    JobDefinition definition = managementService.createJobDefinitionQuery()
        .jobDefinitionId(timer.getJobDefinitionId()).singleResult();
    return definition == null ? null : definition.getActivityId();
  }

  private String activityName(Job timer) {
    String activityId = activityId(timer);
    if (activityId == null) {
      return null;
    }
    var element = repositoryService.getBpmnModelInstance(timer.getProcessDefinitionId())
        .getModelElementById(activityId);
    String name = element == null ? null : element.getAttributeValue("name");
    return name == null ? activityId : name;
  }

  private String caseNumber(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
