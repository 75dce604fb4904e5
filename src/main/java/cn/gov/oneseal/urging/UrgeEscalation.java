package cn.gov.oneseal.urging;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.security.Role;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A repeated urge of a task with a red card goes on to the bureau head of the task's bureau: a task of its own for
 * the group 局负责人 of that bureau (its tenant), named 催办升级 with the stage and the case, marked urged so that it is
 * in the head's 被催办 and 组待办 filters; the Tasklist plugin 催办 shows the urges behind it. One open escalation task
 * per urged task: a further urge while it is open is recorded as escalated to the same task.
 */
@Component
class UrgeEscalation {

  private final TaskService taskService;
  private final Cards cards;
  private final Urges urges;
  private final Bureaus bureaus;

  UrgeEscalation(TaskService taskService, Cards cards, Urges urges, Bureaus bureaus) {
    this.taskService = taskService;
    this.cards = cards;
    this.urges = urges;
    this.bureaus = bureaus;
  }

  /**
   * Whether the task has a red card: a red card of its stage, or an open red or severe red card of its case (the
   * case is past its promised or statutory deadline while this step holds it).
   */
  boolean redCard(UrgeTarget target) {
    return cards.ofCase(target.caseNumber()).stream().anyMatch(card -> card.kind() != CardKind.YELLOW
        && (target.task().getId().equals(card.taskId())
            || (Card.CASE_SCOPE.equals(card.scope()) && "OPEN".equals(card.status()))));
  }

  /** The bureau head's open escalation task of the urged task, opened now when there is none. */
  String escalate(UrgeTarget target, String urgedBy, String note, int urgeNumber) {
    return open(target.task().getId()).orElseGet(() -> {
      Task head = taskService.newTask();
      head.setName("催办升级" + " · " + target.stage() + " · " + target.caseNumber());
      head.setDescription("办件 " + target.caseNumber() + " 的环节「" + target.stage() + "」已亮红牌，第 " + urgeNumber
          + " 次被催办（" + urgedBy + "：" + note + "）。请督促" + bureaus.of(target.bureauId()).name()
          + "承办人员尽快办理，处理后完成本任务。");
      head.setTenantId(target.bureauId());
      head.setPriority(80);
      taskService.saveTask(head);
      taskService.addCandidateGroup(head.getId(), Role.BUREAU_HEAD.groupId());
      taskService.setVariableLocal(head.getId(), CaseVariables.URGED, true);
      return head.getId();
    });
  }

  private Optional<String> open(String urgedTaskId) {
    return urges.ofTask(urgedTaskId).stream().map(Urge::escalationTaskId).filter(id -> id != null).distinct()
        .filter(id -> taskService.createTaskQuery().taskId(id).count() > 0).findFirst();
  }
}
