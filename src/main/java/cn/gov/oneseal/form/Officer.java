package cn.gov.oneseal.form;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting: the authenticated user of the request, else the task's assignee. */
public final class Officer {

  private Officer() {}

  public static String of(DelegateTask task) {
    String user = authenticated(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    return user != null ? user : task.getAssignee();
  }

  public static String of(DelegateExecution execution) {
    return authenticated(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
  }

  private static String authenticated(Authentication authentication) {
    return authentication == null ? null : authentication.getUserId();
  }
}
