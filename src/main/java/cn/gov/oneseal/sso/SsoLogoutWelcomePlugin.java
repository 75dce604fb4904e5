package cn.gov.oneseal.sso;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.welcome.plugin.spi.impl.AbstractWelcomePlugin;
import org.camunda.bpm.welcome.resource.AbstractWelcomePluginRootResource;

/** The logout of Welcome under single sign-on: {@link SsoLogoutPlugins}. */
public class SsoLogoutWelcomePlugin extends AbstractWelcomePlugin {

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
  public static class Root extends AbstractWelcomePluginRootResource {

    public Root() {
      super(SsoLogoutPlugins.ID);
    }
  }
}
