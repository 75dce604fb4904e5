package cn.gov.oneseal.handover;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.tasklist.EveryUserTaskAssignment;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every change of a task's officer, however it is made (Tasklist's own assignee change, {@code /engine-rest}
 * {@code PUT|POST /task/{id}/assignee}, {@code POST /task/{id}/delegate}, a claim for someone else, the webapps' engine
 * API): the new officer must be a member of one of the task's candidate groups and work for its bureau, else the change
 * is refused (400, the rule in Chinese) and nothing of it is written; an allowed change is recorded as 改派 with who
 * made it. An officer's own claim, the assignment a model makes when it creates a task, a delegated task resolved back
 * to its owner and a 转办 (checked and recorded by {@link TransferService}) are not 改派. Who may change an assignee at
 * all is the engine's authorizations' business (officers have no UPDATE on tasks). Then, whoever gave it, a task
 * that would become an absent officer's goes to their stand-in ({@link StandIns}) — but not what an officer claims
 * themselves.
 */
@Component
@Order(100)
public class AssignmentGuard implements EveryUserTaskAssignment {

  private static final ThreadLocal<Boolean> TRANSFER = new ThreadLocal<>();

  private final Handovers handovers;
  private final Bureaus bureaus;
  private final StandIns standIns;

  AssignmentGuard(Handovers handovers, Bureaus bureaus, StandIns standIns) {
    this.handovers = handovers;
    this.bureaus = bureaus;
    this.standIns = standIns;
  }

  /** Runs a 转办 (already checked by the caller): not judged or recorded as 改派 here. */
  static <T> T transferring(Supplier<T> action) {
    TRANSFER.set(Boolean.TRUE);
    try {
      return action.get();
    } finally {
      TRANSFER.remove();
    }
  }

  @Override
  public void notify(DelegateTask task) {
    String to = task.getAssignee();
    if (to == null) {
      return;
    }
    TaskEntity entity = (TaskEntity) task;
    PropertyChange change = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
    String from = change == null ? null : change.getOrgValueString();
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = authentication == null ? null : authentication.getUserId();
    if (reassignment(task, entity, from, to, actor)) {
      Colleagues colleagues = new Colleagues(task.getProcessEngineServices().getIdentityService(), bureaus);
      colleagues.refusal(to, candidateGroups(task), task.getTenantId()).ifPresent(refused -> {
        throw FormValidationException.of("assignee", "NOT_A_COLLEAGUE", "改派未获准：" + refused);
      });
      handovers.record(caseNumber(task), task.getId(), task.getName(), HandoverKind.REASSIGN, from, to, null,
          task.getTenantId(), actor, CaseRecorder.now());
    }
    if (!to.equals(actor)) {
      standIns.redirect(task, to, actor);
    }
  }

  /** Whether this change is an officer's 改派 (rather than a claim, a model's assignment, a resolve, a 转办). */
  private static boolean reassignment(DelegateTask task, TaskEntity entity, String from, String to, String actor) {
    if (Boolean.TRUE.equals(TRANSFER.get()) || actor == null) {
      return false;
    }
    boolean created = "Created".equals(entity.getTaskState());
    boolean ownClaim = from == null && actor.equals(to);
    boolean resolved = entity.getDelegationState() == DelegationState.RESOLVED && to.equals(task.getOwner());
    return !created && !ownClaim && !resolved;
  }

  static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).distinct().toList();
  }

  static String caseNumber(DelegateTask task) {
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }
}
