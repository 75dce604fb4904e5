package cn.gov.oneseal.urging;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * 催办: checks the urge ({@link UrgeRules}), records it ({@link Urges}) with who held the task then, marks the task
 * (the task-local flag {@link CaseVariables#URGED}) and escalates a repeated urge of a task with a red card
 * ({@link UrgeEscalation}) — all in one engine command run as the system (the caller is checked by the rules), so a
 * refusal writes nothing.
 */
@Service
public class Urging {

  private static final int ATTEMPTS = 5;

  private final ProcessEngine engine;
  private final UrgeRules rules;
  private final Urges urges;
  private final UrgeEscalation escalation;
  private final TaskService taskService;

  public Urging(ProcessEngine engine, UrgeRules rules, Urges urges, UrgeEscalation escalation,
      TaskService taskService) {
    this.engine = engine;
    this.rules = rules;
    this.urges = urges;
    this.escalation = escalation;
    this.taskService = taskService;
  }

  /** Urges one open task; returns the urge recorded. */
  public Urge urgeTask(Urger urger, String taskId, String note) {
    rules.mayUrge(urger);
    String text = rules.note(note);
    return system(() -> urge(urger, rules.task(urger, taskId), text));
  }

  /** Urges every open step of the case; returns the urges recorded (409 when the case has no open step). */
  public List<Urge> urgeCase(Urger urger, String caseNumber, String note) {
    rules.mayUrge(urger);
    String text = rules.note(note);
    return system(() -> {
      List<UrgeTarget> targets = rules.caseTasks(urger, caseNumber);
      if (targets.isEmpty()) {
        throw ApiException.conflict("NO_OPEN_STEP", "该办件没有在办的环节，无需催办");
      }
      List<Urge> done = new ArrayList<>();
      targets.forEach(target -> done.add(urge(urger, target, text)));
      return done;
    });
  }

  /** The case's urges, oldest first, for a supervisor, auditor or bureau head of its bureau. */
  public List<Urge> ofCase(Urger reader, String caseNumber) {
    return system(() -> {
      rules.mayRead(reader, caseNumber);
      return urges.ofCase(caseNumber);
    });
  }

  /** An open step of a case as the urging form lists it: the task, its stage and who holds it. */
  public record Step(String taskId, String stage, String assignee, List<String> candidateGroups, int urges) {}

  /** The open steps of the case the caller may urge (403/404 with the rule otherwise). */
  public List<Step> openSteps(Urger urger, String caseNumber) {
    return system(() -> rules.caseTasks(urger, caseNumber).stream()
        .map(t -> new Step(t.task().getId(), t.stage(), t.task().getAssignee(), t.candidateGroups(),
            urges.countOfTask(t.task().getId())))
        .toList());
  }

  /** The urges of a task (or escalated to it), oldest first, for whoever may read the task: the caller's check. */
  public List<Urge> ofTask(String taskId) {
    return urges.ofTask(taskId);
  }

  /**
   * Without authorization and tenant checks (the rules check the caller's bureau themselves, and answer another
   * bureau's task with the rule rather than as unknown), in one engine command. Two officers urging the same step at
   * once both change the task (its urged mark): the later commit fails on the task's version and is run again on what
   * the first wrote, so it counts that urge and escalates to the head's task it opened rather than to a second one.
   */
  private <T> T system(Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return AsSystem.call(engine, () -> {
          CommandContext context = Context.getCommandContext();
          boolean tenantCheck = context.isTenantCheckEnabled();
          context.disableTenantCheck();
          try {
            return action.get();
          } finally {
            if (tenantCheck) {
              context.enableTenantCheck();
            }
          }
        });
      } catch (OptimisticLockingException concurrent) {
        if (attempt == ATTEMPTS) {
          throw ApiException.conflict("URGED_CONCURRENTLY", "该环节正被他人同时催办，请稍后重试");
        }
      }
    }
  }

  private Urge urge(Urger urger, UrgeTarget target, String note) {
    String taskId = target.task().getId();
    int before = urges.countOfTask(taskId);
    boolean escalated = before >= 1 && escalation.redCard(target);
    String escalationTask = escalated ? escalation.escalate(target, urger.userId(), note, before + 1) : null;
    Urge urge = new Urge(0, target.caseNumber(), target.bureauId(), taskId, target.task().getName(), target.stage(),
        target.task().getAssignee(), target.candidateGroups().isEmpty() ? null
            : String.join(",", target.candidateGroups()), urger.userId(), offsetOf(ClockUtil.getCurrentTime()), note,
        escalated, escalationTask);
    long id = urges.insert(urge);
    taskService.setVariableLocal(taskId, CaseVariables.URGED, true);
    return new Urge(id, urge.caseNumber(), urge.bureauId(), taskId, urge.taskName(), urge.stage(), urge.heldBy(),
        urge.heldByGroups(), urge.urgedBy(), urge.urgedAt(), note, escalated, escalationTask);
  }
}
