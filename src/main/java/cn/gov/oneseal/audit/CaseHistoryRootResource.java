package cn.gov.oneseal.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** The plugin's JAX-RS root: the assets (static/app/plugin.js, inherited) and the cases of one engine. */
@Path("plugin/" + CaseHistoryPlugin.ID)
public class CaseHistoryRootResource extends AbstractCockpitPluginRootResource {

  public CaseHistoryRootResource() {
    super(CaseHistoryPlugin.ID);
  }

  @Path("{engineName}/cases")
  public CaseHistoryResource cases(@PathParam("engineName") String engineName) {
    return subResource(new CaseHistoryResource(engineName), engineName);
  }
}
