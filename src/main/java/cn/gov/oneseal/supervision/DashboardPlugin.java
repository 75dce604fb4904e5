package cn.gov.oneseal.supervision;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin 电子监察看板, found by the webapp through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}. Its assets are under
 * {@code plugin-webapp/oneseal-supervision/app/}; its REST under
 * {@code /camunda/api/cockpit/plugin/oneseal-supervision/<engine>/dashboard}.
 */
public class DashboardPlugin extends AbstractCockpitPlugin {

  public static final String ID = "oneseal-supervision";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DashboardRootResource.class);
  }
}
