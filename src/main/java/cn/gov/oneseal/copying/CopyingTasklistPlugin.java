package cn.gov.oneseal.copying;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * 抄送 in Tasklist: the button 抄送 on a task (copy its case) and the navbar entry 抄送我的 (the copies to the user, read
 * them, mark them read). Found through {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin};
 * assets under {@code plugin-webapp/oneseal-copying/app/}, REST under
 * {@code /camunda/api/tasklist/plugin/oneseal-copying/<engine>/}.
 */
public class CopyingTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "oneseal-copying";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CopyingTasklistRoot.class);
  }
}
