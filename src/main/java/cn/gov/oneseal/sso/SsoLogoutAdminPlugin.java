package cn.gov.oneseal.sso;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;

/** The logout of Admin under single sign-on: {@link SsoLogoutPlugins}. */
public class SsoLogoutAdminPlugin extends AbstractAdminPlugin {

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
  public static class Root extends AbstractAdminPluginRootResource {

    public Root() {
      super(SsoLogoutPlugins.ID);
    }
  }
}
