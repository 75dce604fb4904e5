package cn.gov.oneseal.copying;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The Tasklist plugin's JAX-RS root: its assets (app/plugin.js) and the copies of one engine. */
@Path("plugin/" + CopyingTasklistPlugin.ID)
public class CopyingTasklistRoot extends AbstractTasklistPluginRootResource {

  public CopyingTasklistRoot() {
    super(CopyingTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public CopyingTasklistResource copies(@PathParam("engineName") String engineName) {
    return subResource(new CopyingTasklistResource(engineName), engineName);
  }
}
