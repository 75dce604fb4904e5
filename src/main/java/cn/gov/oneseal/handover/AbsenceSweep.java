package cn.gov.oneseal.handover;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.security.AsSystem;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing left hanging (on the engine clock, {@link AbsenceSweepScheduler}): when an absence starts, the absent
 * officer's claimed open tasks go to the stand-in (or, where the stand-in may not take one — another group, 一审一核 —
 * back to its group); when it ends (or is cancelled), the tasks it handed to the stand-in that are still open with them
 * go back to the officer. Each move is one transaction with its 代理 record, made as the system (not an 改派).
 */
@Component
public class AbsenceSweep {

  private static final Logger LOG = LoggerFactory.getLogger(AbsenceSweep.class);

  private final Absences absences;
  private final Handovers handovers;
  private final ProcessEngine engine;
  private final TaskService tasks;
  private final Bureaus bureaus;
  private final TransactionTemplate transaction;

  AbsenceSweep(Absences absences, Handovers handovers, ProcessEngine engine, Bureaus bureaus,
      TransactionTemplate transaction) {
    this.absences = absences;
    this.handovers = handovers;
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.bureaus = bureaus;
    this.transaction = transaction;
  }

  /** Starts the absences due today and ends those over; answers how many tasks moved. */
  public int sweep() {
    return AsSystem.unauthenticated(engine, () -> {
      LocalDate today = StandIns.today();
      int moved = 0;
      for (Absence absence : absences.toEnd(today)) {
        moved += end(absence);
      }
      for (Absence absence : absences.toStart(today)) {
        moved += start(absence);
      }
      return moved;
    });
  }

  private int start(Absence absence) {
    Colleagues colleagues = new Colleagues(engine.getIdentityService(), bureaus);
    List<Task> claimed = tasks.createTaskQuery().taskAssignee(absence.userId()).active().list();
    for (Task task : claimed) {
      String why = colleagues.name(absence.userId()) + " 请假（" + absence.period() + "），已认领的任务交代理人 "
          + colleagues.name(absence.standIn());
      boolean may = StandIns.mayTake(colleagues, absence.standIn(), Colleagues.groups(tasks, task.getId()),
          task.getTenantId()) && move(task, absence.userId(), absence.standIn(), why, absence);
      if (!may) {
        move(task, absence.userId(), null, colleagues.name(absence.userId()) + " 请假（" + absence.period()
            + "），代理人不能办理本任务，退回岗位组待认领", absence);
      }
    }
    absences.markStarted(absence.id());
    return claimed.size();
  }

  private int end(Absence absence) {
    Colleagues colleagues = new Colleagues(engine.getIdentityService(), bureaus);
    int moved = 0;
    for (String taskId : handovers.handedToStandIn(absence.id(), absence.standIn())) {
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      if (task != null && absence.standIn().equals(task.getAssignee()) && move(task, absence.standIn(),
          absence.userId(), colleagues.name(absence.userId()) + " 请假结束，代理期间未办结的任务交还", absence)) {
        moved++;
      }
    }
    absences.markEnded(absence.id());
    return moved;
  }

  /** Gives the task to {@code to} (null: its group) with the record, in one transaction; whether the engine let it. */
  private boolean move(Task task, String from, String to, String why, Absence absence) {
    try {
      transaction.executeWithoutResult(status -> {
        tasks.setAssignee(task.getId(), to);
        handovers.record(TransferService.caseNumber(engine, task), task.getId(), task.getName(),
            HandoverKind.STAND_IN, from, to, why, task.getTenantId(), null, CaseRecorder.now(), absence.id());
      });
      return true;
    } catch (RuntimeException refused) {
      LOG.info("absence {}: task {} not given to {}: {}", absence.id(), task.getId(), to, refused.getMessage());
      return false;
    }
  }
}
