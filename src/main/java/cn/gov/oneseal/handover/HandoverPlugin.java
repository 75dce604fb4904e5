package cn.gov.oneseal.handover;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin 转办, found by the webapp through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}: in the task's action bar, how the task
 * came to its officer (from whom, why, when) and the 转办 button for the officer who has claimed it. Its assets are
 * under {@code plugin-webapp/oneseal-handover/app/}; its REST under
 * {@code /camunda/api/tasklist/plugin/oneseal-handover/<engine>/tasks/<taskId>}.
 */
public class HandoverPlugin extends AbstractTasklistPlugin {

  public static final String ID = "oneseal-handover";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(HandoverRootResource.class);
  }
}
