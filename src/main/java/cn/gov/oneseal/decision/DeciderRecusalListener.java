package cn.gov.oneseal.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 一审一核: the officer who reviewed the case may not take its decision task (assignment listener). */
@Component("deciderRecusalListener")
public class DeciderRecusalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DecisionListener.refuseReviewer(task, task.getAssignee(), "assignee");
  }
}
