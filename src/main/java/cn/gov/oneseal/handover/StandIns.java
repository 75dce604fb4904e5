package cn.gov.oneseal.handover;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.tasklist.EveryUserTaskAssignment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 代理: a task that would become an absent officer's (a transfer, a direct assignment, a return, an administrator's
 * change) goes to their stand-in instead — if the stand-in may take it: a member of the task's group (when it has one)
 * and of its bureau, not away themselves, and accepted by the task's own assignment rules (一审一核: a stand-in who
 * reviewed the case does not get its decision). Otherwise the task goes back to its group. Each redirection is recorded
 * as 代理. Called by {@link AssignmentGuard} inside the engine's assignment event.
 */
@Component
class StandIns {

  private final Absences absences;
  private final Handovers handovers;
  private final Bureaus bureaus;

  StandIns(Absences absences, Handovers handovers, Bureaus bureaus) {
    this.absences = absences;
    this.handovers = handovers;
    this.bureaus = bureaus;
  }

  static LocalDate today() {
    return WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
  }

  /** The task has just been given to {@code to} by {@code actor} (null: the system): to their stand-in if away. */
  void redirect(DelegateTask task, String to, String actor) {
    Optional<Absence> away = absences.on(to, today());
    if (away.isEmpty()) {
      return;
    }
    Absence absence = away.get();
    String standIn = absence.standIn();
    Colleagues colleagues = new Colleagues(task.getProcessEngineServices().getIdentityService(), bureaus);
    boolean may = absences.on(standIn, today()).isEmpty() && mayTake(colleagues, standIn,
        AssignmentGuard.candidateGroups(task), task.getTenantId());
    if (may) {
      task.setAssignee(standIn);
      may = ownRulesAccept(task);
    }
    if (!may) {
      task.setAssignee(null);
    }
    handovers.record(AssignmentGuard.caseNumber(task), task.getId(), task.getName(), HandoverKind.STAND_IN, to,
        may ? standIn : null, colleagues.name(to) + " 请假（" + absence.period() + "），"
            + (may ? "由代理人 " + colleagues.name(standIn) + " 办理" : "代理人不能办理本任务，退回岗位组待认领"),
        task.getTenantId(), actor, CaseRecorder.now(), absence.id());
  }

  /** Whether the stand-in is of the task's group (if it has one) and bureau. */
  static boolean mayTake(Colleagues colleagues, String standIn, List<String> groups, String bureau) {
    return groups.isEmpty() ? bureau == null || colleagues.worksFor(standIn, bureau)
        : colleagues.refusal(standIn, groups, bureau).isEmpty();
  }

  /** The model's own assignment listeners (e.g. 一审一核's recusal) judge the new assignee; whether they accept. */
  private static boolean ownRulesAccept(DelegateTask task) {
    List<TaskListener> own = ((TaskEntity) task).getTaskDefinition()
        .getTaskListenersForEvent(TaskListener.EVENTNAME_ASSIGNMENT)
        .stream().filter(listener -> !(listener instanceof EveryUserTaskAssignment)).toList();
    try {
      for (TaskListener listener : own) {
        listener.notify(task);
      }
      return true;
    } catch (RuntimeException refused) {
      if (ApiException.formValidation(refused).isEmpty()) {
        throw refused;
      }
      return false;
    }
  }
}
