package cn.gov.oneseal.complaint;

import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 电子监察 on complaints, as on cases: a yellow card on a complaint's open step (registration, investigation, review)
 * from its yellow point (the task's follow-up date, clock/TaskDeadlineListener), a red card once its due date has
 * passed; each once, with who held the step. The named officer's optional statement gets none. The e-supervision
 * dashboard and the complaint's record show them.
 */
@Component
public class ComplaintSweep {

  /** The named officer's statement is theirs to give or not: no card on it. */
  static final String STATEMENT = "Task_GiveStatement";
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintSweep.class);

  private final ProcessEngine engine;
  private final ComplaintCards cards;

  public ComplaintSweep(ProcessEngine engine, ComplaintCards cards) {
    this.engine = engine;
    this.cards = cards;
  }

  /** Raises every card due now; returns how many are new. */
  public int sweep() {
    return AsSystem.unauthenticated(engine, () -> {
      Date now = ClockUtil.getCurrentTime();
      int raised = 0;
      var tasks = engine.getTaskService();
      List<Task> yellow = new ArrayList<>(tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.KEY)
          .followUpBefore(now).list());
      for (Task task : yellow) {
        raised += raise(task, ComplaintCards.Kind.YELLOW) ? 1 : 0;
      }
      for (Task task : tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.KEY).dueBefore(now).list()) {
        raised += raise(task, ComplaintCards.Kind.RED) ? 1 : 0;
      }
      if (raised > 0) {
        LOG.info("e-supervision: {} new cards on complaints", raised);
      }
      return raised;
    });
  }

  private boolean raise(Task task, ComplaintCards.Kind kind) {
    if (task.getDueDate() == null || STATEMENT.equals(task.getTaskDefinitionKey())
        || !(engine.getTaskService().getVariable(task.getId(), CaseVariables.COMPLAINT_ID) instanceof Number id)) {
      return false;
    }
    return cards.raise(id.longValue(), task.getTaskDefinitionKey(), kind, task.getDueDate(), task.getAssignee());
  }
}
