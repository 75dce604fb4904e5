package cn.gov.oneseal.tasklist;

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
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every user task of every model gets when it is created, without analysts having to draw it: the listeners of
 * the features ({@link EveryUserTask}, in their {@code @Order}) — the stage's due date and yellow point (clock), the
 * case summary with links to the applicant's materials and notices (portal), and a name that says the case
 * ({@link CaseTaskNames}); and the listeners of the features on every change of its assignee
 * ({@link EveryUserTaskAssignment}: the rules of 转办 and 改派, the stand-in of an absent officer); and the listeners
 * of the features on its completion, before the model's own ({@link EveryUserTaskCompletion}: a step with consultations
 * still waiting for a reply cannot be completed) and on its end without completion ({@link EveryUserTaskDeletion}: the
 * consultations still waiting are withdrawn).
 */
@Component
public class UserTaskDefaults extends AbstractProcessEnginePlugin {

  private final List<EveryUserTask> listeners;
  private final List<EveryUserTaskAssignment> assignmentListeners;
  private final List<EveryUserTaskCompletion> completionListeners;
  private final List<EveryUserTaskDeletion> deletionListeners;

  public UserTaskDefaults(List<EveryUserTask> listeners, ObjectProvider<EveryUserTaskAssignment> assignmentListeners,
      ObjectProvider<EveryUserTaskCompletion> completionListeners,
      ObjectProvider<EveryUserTaskDeletion> deletionListeners) {
    this.listeners = List.copyOf(listeners);
    this.assignmentListeners = assignmentListeners.orderedStream().toList();
    this.completionListeners = completionListeners.orderedStream().toList();
    this.deletionListeners = deletionListeners.orderedStream().toList();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        for (EveryUserTask listener : listeners) {
          definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
        for (EveryUserTaskAssignment listener : assignmentListeners) {
          definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
        }
        for (EveryUserTaskCompletion listener : completionListeners) {
          // built-in: before the model's own complete listeners, which record the step's opinion or decision
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
        }
        for (EveryUserTaskDeletion listener : deletionListeners) {
          definition.addTaskListener(TaskListener.EVENTNAME_DELETE, listener);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }
}
