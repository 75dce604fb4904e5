package cn.gov.oneseal.returning;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The plugin's JAX-RS root: the assets (app/plugin.js, inherited) and the tasks of one engine. */
@Path("plugin/" + ReturnPlugin.ID)
public class ReturnRootResource extends AbstractTasklistPluginRootResource {

  public ReturnRootResource() {
    super(ReturnPlugin.ID);
  }

  @Path("{engineName}/tasks/{taskId}")
  public ReturnPluginResource task(@PathParam("engineName") String engineName, @PathParam("taskId") String taskId) {
    return subResource(new ReturnPluginResource(engineName, taskId), engineName);
  }
}
