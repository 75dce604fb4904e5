package cn.gov.oneseal.consultation;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * 征求意见 in Tasklist: the button 征求意见 in the action bar of a review or decision task its officer holds (a dialog:
 * the question, the working days, officers and departments picked by Chinese name) and the tab 征求意见 on a task with
 * its consultations and the answers. Found through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}; assets under
 * {@code plugin-webapp/oneseal-consultation/app/}, REST under
 * {@code /camunda/api/tasklist/plugin/oneseal-consultation/<engine>/tasks/<taskId>/…}.
 */
public class ConsultationTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "oneseal-consultation";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ConsultationTasklistRoot.class);
  }
}
