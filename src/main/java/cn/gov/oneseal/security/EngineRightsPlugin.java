package cn.gov.oneseal.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's defaults narrowed to what officers need, whatever the configuration says:
 * <ul>
 *   <li>a task's candidate groups and assignee get READ and TASK_WORK on it (claim, complete, comment) instead of
 *   UPDATE, which would also let them set any variable of the case, change its due date or hand it to anyone;</li>
 *   <li>a new account may read and update itself (profile, password), not delete itself (the default is ALL);</li>
 *   <li>a BPMN error or escalation that no boundary event catches fails the call instead of silently ending the
 *   step's path (none of the bureau's models throws one; {@code /task/{id}/bpmnError} is closed to officers too).</li>
 * </ul>
 */
@Component
public class EngineRightsPlugin extends AbstractProcessEnginePlugin {

  /** What an account may do on itself. */
  public static final Permission[] OWN_ACCOUNT = {Permissions.READ, Permissions.UPDATE};

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity own = createGrantAuthorization(user.getId(), null,
            org.camunda.bpm.engine.authorization.Resources.USER, user.getId(), OWN_ACCOUNT);
        return new AuthorizationEntity[] {own};
      }
    });
  }
}
