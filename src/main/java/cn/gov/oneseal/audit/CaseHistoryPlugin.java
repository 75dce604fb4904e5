package cn.gov.oneseal.audit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin 办件历史, found by the webapp through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}. Its assets are under
 * {@code plugin-webapp/oneseal-case-history/app/}; its REST under
 * {@code /camunda/api/cockpit/plugin/oneseal-case-history/<engine>/cases}.
 */
public class CaseHistoryPlugin extends AbstractCockpitPlugin {

  public static final String ID = "oneseal-case-history";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseHistoryRootResource.class);
  }
}
