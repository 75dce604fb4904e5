package cn.gov.oneseal.consultation;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The Cockpit plugin's JAX-RS root: its assets (app/plugin.js, app/counts.js) and the counts of one engine. */
@Path("plugin/" + ConsultationCockpitPlugin.ID)
public class ConsultationCockpitRoot extends AbstractCockpitPluginRootResource {

  public ConsultationCockpitRoot() {
    super(ConsultationCockpitPlugin.ID);
    allowedAssets.add("app/counts.js");
  }

  @Path("{engineName}")
  public ConsultationCockpitResource counts(@PathParam("engineName") String engineName) {
    return subResource(new ConsultationCockpitResource(engineName), engineName);
  }
}
