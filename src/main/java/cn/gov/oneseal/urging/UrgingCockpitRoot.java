package cn.gov.oneseal.urging;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The Cockpit plugin's JAX-RS root: its assets (app/plugin.js, app/panel.js) and the urging of one engine. */
@Path("plugin/" + UrgingCockpitPlugin.ID)
public class UrgingCockpitRoot extends AbstractCockpitPluginRootResource {

  public UrgingCockpitRoot() {
    super(UrgingCockpitPlugin.ID);
    allowedAssets.add("app/panel.js");
  }

  @Path("{engineName}")
  public UrgingCockpitResource urging(@PathParam("engineName") String engineName) {
    return subResource(new UrgingCockpitResource(engineName), engineName);
  }
}
