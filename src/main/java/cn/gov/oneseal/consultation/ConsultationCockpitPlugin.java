package cn.gov.oneseal.consultation;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 征求意见 in Cockpit: the consultation counts of the 电子监察看板 (per stage and per asking officer: consultations,
 * replies answered, overdue, awaited). Found through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; assets under
 * {@code plugin-webapp/oneseal-consultation-cockpit/app/}, REST under
 * {@code /camunda/api/cockpit/plugin/oneseal-consultation-cockpit/<engine>/statistics}.
 */
public class ConsultationCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "oneseal-consultation-cockpit";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ConsultationCockpitRoot.class);
  }
}
