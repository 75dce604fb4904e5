package cn.gov.oneseal.complaint;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The Cockpit plugin's JAX-RS root: its assets (app/plugin.js, app/panel.js) and the complaints of one engine. */
@Path("plugin/" + ComplaintCockpitPlugin.ID)
public class ComplaintCockpitRoot extends AbstractCockpitPluginRootResource {

  public ComplaintCockpitRoot() {
    super(ComplaintCockpitPlugin.ID);
    allowedAssets.add("app/panel.js");
  }

  @Path("{engineName}")
  public ComplaintCockpitResource complaints(@PathParam("engineName") String engineName) {
    return subResource(new ComplaintCockpitResource(engineName), engineName);
  }
}
