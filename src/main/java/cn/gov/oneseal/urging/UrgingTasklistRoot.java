package cn.gov.oneseal.urging;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The Tasklist plugin's JAX-RS root: its assets (app/plugin.js) and the urges of one engine's tasks. */
@Path("plugin/" + UrgingTasklistPlugin.ID)
public class UrgingTasklistRoot extends AbstractTasklistPluginRootResource {

  public UrgingTasklistRoot() {
    super(UrgingTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public UrgingTasklistResource urges(@PathParam("engineName") String engineName) {
    return subResource(new UrgingTasklistResource(engineName), engineName);
  }
}
