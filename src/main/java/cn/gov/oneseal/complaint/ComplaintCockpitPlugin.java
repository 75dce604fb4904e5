package cn.gov.oneseal.complaint;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 投诉 in Cockpit: the open complaints (deadlines, cards) and the accountability statistics of the 电子监察看板. Found
 * through {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; assets under
 * {@code plugin-webapp/oneseal-complaints/app/}, REST under
 * {@code /camunda/api/cockpit/plugin/oneseal-complaints/<engine>/}.
 */
public class ComplaintCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "oneseal-complaints";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ComplaintCockpitRoot.class);
  }
}
