package cn.gov.oneseal.supervision;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The plugin's JAX-RS root: the assets (static/app/plugin.js, inherited) and the dashboard of one engine. */
@Path("plugin/" + DashboardPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

  public DashboardRootResource() {
    super(DashboardPlugin.ID);
  }

  @Path("{engineName}/dashboard")
  public DashboardResource dashboard(@PathParam("engineName") String engineName) {
    return subResource(new DashboardResource(engineName), engineName);
  }
}
