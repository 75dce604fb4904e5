package cn.gov.oneseal.sso;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The logout of Tasklist under single sign-on: {@link SsoLogoutPlugins}. */
public class SsoLogoutTasklistPlugin extends AbstractTasklistPlugin {

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
  public static class Root extends AbstractTasklistPluginRootResource {

    public Root() {
      super(SsoLogoutPlugins.ID);
    }
  }
}
