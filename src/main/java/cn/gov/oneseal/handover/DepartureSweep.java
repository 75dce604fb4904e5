package cn.gov.oneseal.handover;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer who left (gone from the directory, or deleted in Admin) leaves nothing claimed
 * ({@link DepartureSweepScheduler}): their open tasks go back to their groups, each with its 离岗退回 record, which the
 * bureau head reads ({@code GET /api/v1/departures}). If most of many assignees seem gone at once — a directory
 * misconfigured or half-answering rather than a wave of departures — nothing is moved and the log says so.
 */
@Component
public class DepartureSweep {

  private static final Logger LOG = LoggerFactory.getLogger(DepartureSweep.class);
  /** Above this many missing assignees, more than half missing is taken for a broken directory. */
  static final int PLAUSIBLE_DEPARTURES = 5;
  private static final int BATCH = 50;

  private final ProcessEngine engine;
  private final Handovers handovers;
  private final TransactionTemplate transaction;

  DepartureSweep(ProcessEngine engine, Handovers handovers, TransactionTemplate transaction) {
    this.engine = engine;
    this.handovers = handovers;
    this.transaction = transaction;
  }

  /** Returns the tasks of departed officers to their groups; answers how many. */
  public int sweep() {
    return AsSystem.unauthenticated(engine, () -> {
      List<String> assignees = assignees();
      List<String> departed = departed(assignees);
      if (departed.size() > PLAUSIBLE_DEPARTURES && departed.size() * 2 > assignees.size()) {
        LOG.error("{} of {} officers holding tasks are not in the identity service (directory): taken for a directory"
            + " fault, no task returned to its group", departed.size(), assignees.size());
        return 0;
      }
      int moved = 0;
      for (String officer : departed) {
        for (Task task : engine.getTaskService().createTaskQuery().taskAssignee(officer).list()) {
          moved += giveBack(task, officer) ? 1 : 0;
        }
      }
      return moved;
    });
  }

  /** Everyone holding an open task: one task per assignee, read by the engine's native query. */
  private List<String> assignees() {
    ManagementService management = engine.getManagementService();
    String table = management.getTableName(Task.class);
    return engine.getTaskService().createNativeTaskQuery()
        .sql("select * from " + table + " T where T.ID_ in (select min(ID_) from " + table
            + " where ASSIGNEE_ is not null group by ASSIGNEE_)")
        .list().stream().map(Task::getAssignee).distinct().toList();
  }

  private List<String> departed(List<String> assignees) {
    List<String> departed = new ArrayList<>();
    for (int from = 0; from < assignees.size(); from += BATCH) {
      List<String> batch = assignees.subList(from, Math.min(assignees.size(), from + BATCH));
      Set<String> known = new HashSet<>();
      engine.getIdentityService().createUserQuery().userIdIn(batch.toArray(String[]::new)).listPage(0, BATCH)
          .stream().map(User::getId).forEach(known::add);
      batch.stream().filter(a -> !known.contains(a)).forEach(departed::add);
    }
    return departed;
  }

  private boolean giveBack(Task task, String officer) {
    try {
      transaction.executeWithoutResult(status -> {
        TaskService tasks = engine.getTaskService();
        tasks.setAssignee(task.getId(), null);
        handovers.record(TransferService.caseNumber(engine, task), task.getId(), task.getName(), HandoverKind.DEPARTED,
            officer, null, officer + " 已不在本局的工作人员名录中（离职、调离或账号停用），已认领的任务退回岗位组待认领",
            task.getTenantId(), null, CaseRecorder.now());
      });
      LOG.info("task {} of departed officer {} returned to its group", task.getId(), officer);
      return true;
    } catch (RuntimeException refused) {
      LOG.warn("task {} of departed officer {} not returned: {}", task.getId(), officer, refused.getMessage());
      return false;
    }
  }
}
