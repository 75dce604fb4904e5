package cn.gov.oneseal.urging;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * 催办 in Tasklist: a 被催办 mark on the cards of urged tasks and the tab 催办 on a task with its urges (who, when, the
 * note, whether it went to the bureau head). Found through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}; assets under
 * {@code plugin-webapp/oneseal-urging-tasklist/app/}, REST under
 * {@code /camunda/api/tasklist/plugin/oneseal-urging-tasklist/<engine>/tasks/<taskId>}.
 */
public class UrgingTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "oneseal-urging-tasklist";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(UrgingTasklistRoot.class);
  }
}
