package cn.gov.oneseal.consultation;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * 征求意见: asks ({@link ConsultationRules} check the officer, the task, the question and the consultees), records the
 * consultation and one reply per consultee ({@link Consultations}) and starts one {@value ProcessKeys#CONSULTATION} per
 * consultee, its deadline the end of the last working day ({@link WorkingDayCalendar}, engine clock) — all in one
 * engine command run as the system, so a refusal writes nothing. Records the answers and the 逾期未回复 the processes
 * report, and answers a task's consultations with the consultees' names.
 */
@Service
public class Consulting {

  /** One consultee one may pick, by Chinese name. */
  public record Consultee(String id, String name) {}

  /** Whom one may consult on a task: users and groups, by Chinese name. */
  public record Consultees(List<Consultee> users, List<Consultee> groups) {}

  private final ProcessEngine engine;
  private final ConsultationRules rules;
  private final Consultations consultations;
  private final WorkingDayCalendar calendar;
  private final CaseTaskNames taskNames;
  private final ConsulteeNames names;

  public Consulting(ProcessEngine engine, ConsultationRules rules, Consultations consultations,
      WorkingDayCalendar calendar, CaseTaskNames taskNames, ConsulteeNames names) {
    this.engine = engine;
    this.rules = rules;
    this.consultations = consultations;
    this.calendar = calendar;
    this.taskNames = taskNames;
    this.names = names;
  }

  /** Asks the consultees on the caller's review or decision task; returns the consultation recorded. */
  public Consultation ask(Authentication who, String taskId, String question, Object workingDays, List<String> users,
      List<String> groups) {
    return system(() -> {
      Task task = rules.askable(who, taskId);
      ConsultationRules.Checked checked = rules.request(who, task, question, workingDays, users, groups);
      Date now = ClockUtil.getCurrentTime();
      Date due = calendar.deadline(now, checked.workingDays());
      String caseNumber = caseNumber(task);
      String stage = taskNames.stage(task);
      long id = consultations.insert(new Consultation(0, caseNumber, task.getTenantId(), taskId, stage,
          who.getUserId(), null, offsetOf(now), checked.question(), checked.workingDays(), offsetOf(due), List.of()));
      String request = names.user(who.getUserId()) + " 在“" + stage + "”环节征求您的意见，请于 "
          + offsetOf(due).toLocalDate() + " 24 时前答复（逾期记为逾期未回复）";
      checked.users().forEach(user -> start(task, caseNumber, consultations.insertReply(id, user, null), request,
          checked.question(), due));
      checked.groups().forEach(group -> start(task, caseNumber, consultations.insertReply(id, null, group), request,
          checked.question(), due));
      return named(consultations.find(id).orElseThrow());
    });
  }

  /** The consultations asked on the task, with the answers; for who may read them (403/404 otherwise). */
  public List<Consultation> ofTask(Authentication who, String taskId) {
    return system(() -> {
      Task task = rules.task(who, taskId);
      List<Consultation> asked = consultations.ofTask(taskId);
      rules.mayRead(who, task, asked);
      return asked.stream().map(this::named).toList();
    });
  }

  /** Whom the caller may consult on the task (its assignee only), by name. */
  public Consultees consultees(Authentication who, String taskId) {
    return system(() -> {
      Task task = rules.askable(who, taskId);
      return names.consultable(task.getTenantId(), who.getUserId(), rules.groups());
    });
  }

  /** The consultations of a case with the consultees' names (its timeline). */
  public List<Consultation> ofCase(String caseNumber) {
    return consultations.ofCase(caseNumber).stream().map(this::named).toList();
  }

  /** Consultations on the task that still wait for a reply within their deadline. */
  public List<Consultation> pendingOn(String taskId) {
    return consultations.pendingOn(taskId, offsetOf(ClockUtil.getCurrentTime())).stream().map(this::named).toList();
  }

  /** Records the consultee's answer (by the officer who completed the task). */
  public void answered(long replyId, String answer, String by) {
    consultations.close(replyId, ReplyState.ANSWERED, answer, by, now());
  }

  /** Records 逾期未回复 when the deadline passed without an answer. */
  public void overdue(long replyId) {
    consultations.close(replyId, ReplyState.OVERDUE, null, null, now());
  }

  /**
   * The asking task ended without completion: its open replies are withdrawn and their consultees' tasks end (their
   * processes deleted with the reason), so nothing is left asking about a step that is gone.
   */
  public void withdraw(String taskId) {
    for (Consultation c : consultations.ofTask(taskId)) {
      for (Consultation.Reply reply : c.replies()) {
        if (reply.state() == ReplyState.OPEN && consultations.close(reply.id(), ReplyState.WITHDRAWN, null, null, now())
            && reply.processInstanceId() != null && engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(reply.processInstanceId()).count() > 0) {
          engine.getRuntimeService().deleteProcessInstance(reply.processInstanceId(), "征求意见的环节已结束，不再等待答复",
              true, true);
        }
      }
    }
  }

  private void start(Task task, String caseNumber, long replyId, String request, String question, Date due) {
    Object summary = engine.getTaskService().getVariable(task.getId(), CaseVariables.CASE_SUMMARY);
    Object itemName = engine.getTaskService().getVariable(task.getId(), CaseVariables.ITEM_NAME);
    String instance = engine.getRuntimeService().createProcessInstanceByKey(ProcessKeys.CONSULTATION)
        .businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue(CaseVariables.CASE_NUMBER, caseNumber)
            .putValue(CaseVariables.ITEM_NAME, itemName).putValue(CaseVariables.CASE_SUMMARY, summary)
            .putValue(CaseVariables.BUREAU_ID, task.getTenantId())
            .putValue(CaseVariables.CONSULTATION_REPLY_ID, replyId)
            .putValue(CaseVariables.CONSULTATION_REQUEST, request)
            .putValue(CaseVariables.CONSULTATION_QUESTION, question)
            .putValue(CaseVariables.CONSULTATION_DUE, due))
        .execute().getId();
    consultations.processOf(replyId, instance);
  }

  private Consultation named(Consultation c) {
    return c.with(names.user(c.askedBy()), c.replies().stream().map(r -> r.named(r.consulteeUser() != null ? names.user(r.consulteeUser())
        : names.group(r.consulteeGroup()))).toList());
  }

  private String caseNumber(Task task) {
    String caseNumber = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    if (caseNumber == null) {
      throw ApiException.conflict("NOT_CONSULTABLE", "该任务不属于任何办件，不能征求意见");
    }
    return caseNumber;
  }

  private static OffsetDateTime now() {
    return offsetOf(ClockUtil.getCurrentTime());
  }

  /** Without authorization and tenant checks (the rules check the caller's bureau), in one engine command. */
  private <T> T system(Supplier<T> action) {
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
  }
}
