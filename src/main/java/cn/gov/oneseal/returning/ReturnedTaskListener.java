package cn.gov.oneseal.returning;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.handover.Absence;
import cn.gov.oneseal.handover.Absences;
import cn.gov.oneseal.handover.Colleagues;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.review.ReviewOpinionListener;
import cn.gov.oneseal.security.AsSystem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Create listener of the steps a return goes to and comes back to (Task_ReviewApplication, Task_RecheckIntake,
 * Task_DecideApplication; drawn in the stage models): a task the case was just returned to goes to the earlier
 * officer — who completed the earlier step of this case (the review; the first intake) — and a returning step that
 * the case comes back to goes to the officer who returned it. An officer who is away gives it to their stand-in; one
 * who may not take it (no longer of the group or bureau, away without a stand-in who may, 一审一核 for the decision)
 * leaves it to the group. The task carries a note with who returned the case, when and why ({@code returnNote},
 * task-local, shown in its form). The return choice and reason of the previous completion are cleared.
 */
@Component("returnedTaskListener")
public class ReturnedTaskListener implements TaskListener {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TaskReturns returns;
  private final Absences absences;
  private final Bureaus bureaus;

  ReturnedTaskListener(TaskReturns returns, Absences absences, Bureaus bureaus) {
    this.returns = returns;
    this.absences = absences;
    this.bureaus = bureaus;
  }

  @Override
  public void notify(DelegateTask task) {
    clearReturnChoice(task);
    String caseNumber = CaseRecorder.caseNumber(task);
    Colleagues colleagues = new Colleagues(task.getProcessEngineServices().getIdentityService(), bureaus);
    Optional<ReturnKind> returnedHere = ReturnKind.to(task.getTaskDefinitionKey());
    Optional<TaskReturn> pending = returnedHere.flatMap(kind -> returns.pending(caseNumber, kind));
    if (pending.isPresent()) {
      TaskReturn r = pending.get();
      String officer = officerFor(task, colleagues, earlierOfficer(task, caseNumber, r.kind()));
      returns.delivered(r.id(), task.getId(), officer);
      assign(task, officer);
      note(task, colleagues, r, r.kind().label() + "：" + colleagues.name(r.fromUser()) + " 于 " + at(r)
          + " 退回本案");
      return;
    }
    Optional<TaskReturn> back = returns.awaitingBack(caseNumber, task.getTaskDefinitionKey());
    if (back.isPresent()) {
      TaskReturn r = back.get();
      String officer = officerFor(task, colleagues, r.fromUser());
      returns.cameBack(r.id(), task.getId());
      assign(task, officer);
      note(task, colleagues, r, "本案经" + r.kind().label() + "后回到本步骤（" + at(r) + " 由 "
          + colleagues.name(r.fromUser()) + " 退回）");
    }
  }

  /** The previous completion's return choice and reason do not carry over to this task. */
  private static void clearReturnChoice(DelegateTask task) {
    var execution = task.getExecution();
    execution.removeVariable(FormFields.RETURN_REASON);
    if (Returning.RETURN.equals(execution.getVariable(FormFields.DECISION_ACTION))) {
      execution.removeVariable(FormFields.DECISION_ACTION);
    }
    if (Returning.RETURN.equals(execution.getVariable(FormFields.REVIEW_ACTION))) {
      execution.removeVariable(FormFields.REVIEW_ACTION);
    }
  }

  /** Who completed the earlier step of the case: the latest review, the first intake. */
  private static String earlierOfficer(DelegateTask task, String caseNumber, ReturnKind kind) {
    var query = task.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey(kind.earlierTask()).finished()
        .orderByHistoricTaskInstanceEndTime();
    // past the tenant check too: a county's case decided by the city has its review in the county
    List<HistoricTaskInstance> done = AsSystem.call(() -> {
      CommandContext context = Context.getCommandContext();
      boolean tenantCheck = context != null && context.isTenantCheckEnabled();
      if (tenantCheck) {
        context.disableTenantCheck();
      }
      try {
        return (kind == ReturnKind.TO_INTAKE ? query.asc() : query.desc()).list();
      } finally {
        if (tenantCheck) {
          context.enableTenantCheck();
        }
      }
    });
    return done.stream().map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** The officer, their stand-in when they are away, or none (the group) when neither may take the task. */
  private String officerFor(DelegateTask task, Colleagues colleagues, String officer) {
    if (officer == null || !mayTake(task, colleagues, officer)) {
      return null;
    }
    LocalDate today = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    Optional<Absence> away = absences.on(officer, today);
    if (away.isEmpty()) {
      return officer;
    }
    String standIn = away.get().standIn();
    return absences.on(standIn, today).isEmpty() && mayTake(task, colleagues, standIn) ? standIn : null;
  }

  /** Of the task's group and bureau, and not the reviewer of the case for its decision (一审一核). */
  private static boolean mayTake(DelegateTask task, Colleagues colleagues, String officer) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).distinct().toList();
    if (colleagues.refusal(officer, groups, task.getTenantId()).isPresent()) {
      return false;
    }
    return !(ReturnKind.TO_REVIEW.fromTask().equals(task.getTaskDefinitionKey())
        && officer.equals(task.getVariable(ReviewOpinionListener.REVIEWER)));
  }

  private static void assign(DelegateTask task, String officer) {
    if (officer != null) {
      task.setAssignee(officer);
    }
  }

  private static void note(DelegateTask task, Colleagues colleagues, TaskReturn r, String head) {
    String to = task.getAssignee() == null ? "本岗位待认领（原办理人不能办理）" : "由 " + colleagues.name(task.getAssignee())
        + " 办理";
    task.setVariableLocal(CaseVariables.RETURN_NOTE, head + "，" + to + "。退回理由：" + r.reason());
  }

  private static String at(TaskReturn r) {
    return r.at().atZoneSameInstant(WorkingDayCalendar.ZONE).format(MINUTE);
  }
}
