package cn.gov.oneseal.sso;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The logout of Cockpit under single sign-on: {@link SsoLogoutPlugins}. */
public class SsoLogoutCockpitPlugin extends AbstractCockpitPlugin {

  @Override
  public String getId() {
    return SsoLogoutPlugins.ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(Root.class);
  }

  /** Serves the plugin's script. */
  @Path("plugin/" + SsoLogoutPlugins.ID)
  public static class Root extends AbstractCockpitPluginRootResource {

    public Root() {
      super(SsoLogoutPlugins.ID);
    }
  }
}
