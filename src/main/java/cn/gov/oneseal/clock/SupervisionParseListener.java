package cn.gov.oneseal.clock;

import cn.gov.oneseal.portal.CaseMaterialsTaskListener;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * E-supervision on every user task of every model, without analysts having to draw it: the task's
 * follow-up date is set to its stage's yellow point when it is created, and its description shows the
 * case summary with links to the submitted materials and notices, and its name says the case (number, item,
 * applicant).
 */
@Component
public class SupervisionParseListener extends AbstractProcessEnginePlugin {

  private final TaskListener deadlines;
  private final TaskListener materials;
  private final TaskListener names;

  public SupervisionParseListener(TaskDeadlineListener deadlines, CaseMaterialsTaskListener materials,
      CaseTaskNames names) {
    this.deadlines = deadlines;
    this.materials = materials;
    this.names = names;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, deadlines);
        // officers see the case summary and the links to the applicant's materials and the notices
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, materials);
        // ... and the task's name says which case it is (Tasklist's list shows names only)
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, names);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
