package cn.gov.oneseal.urging;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 催办 in Cockpit: the urge form on a case's 办件历史 (for supervisors) and the urge counts of the 电子监察看板. Found
 * through {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; assets under
 * {@code plugin-webapp/oneseal-urging/app/}, REST under {@code /camunda/api/cockpit/plugin/oneseal-urging/<engine>/}.
 */
public class UrgingCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "oneseal-urging";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(UrgingCockpitRoot.class);
  }
}
