package cn.gov.oneseal.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The script helpers the bureau's Cockpit plugins share (DOM building, the bureau's time format, JSON GETs), as a
 * plugin of its own so that every plugin imports the same module:
 * {@code <cockpitApi>/plugin/oneseal-common/static/app/ui.js}. Its {@code plugin.js} adds nothing to Cockpit.
 */
public class CommonAssetsPlugin extends AbstractCockpitPlugin {

  public static final String ID = "oneseal-common";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CommonAssetsRootResource.class);
  }
}
