package cn.gov.oneseal.messaging;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * 通知记录 in Tasklist: a tab on every task listing the text messages and e-mails its case sent the applicant, each with
 * its delivery state (待发送 / 已发送 / 发送失败), attempts and the last failure. Found through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}; assets under
 * {@code plugin-webapp/oneseal-messages/app/}, REST under
 * {@code /camunda/api/tasklist/plugin/oneseal-messages/<engine>/tasks/<taskId>/messages}.
 */
public class MessagesTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "oneseal-messages";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(MessagesTasklistRoot.class);
  }
}
