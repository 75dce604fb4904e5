package cn.gov.oneseal.returning;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin 退回, found through {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}:
 * in the task's action bar, the button 退回重审 / 退回受理 for the officer who has claimed a decision or review task (a
 * dialog for the reason), and on a returned task the reason it came back with. Assets under
 * {@code plugin-webapp/oneseal-returning/app/}; REST under
 * {@code /camunda/api/tasklist/plugin/oneseal-returning/<engine>/tasks/<taskId>}.
 */
public class ReturnPlugin extends AbstractTasklistPlugin {

  public static final String ID = "oneseal-returning";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ReturnRootResource.class);
  }
}
