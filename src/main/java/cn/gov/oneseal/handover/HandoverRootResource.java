package cn.gov.oneseal.handover;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The plugin's JAX-RS root: the assets (static/app/plugin.js, inherited), the tasks and the absences of one
 * engine. */
@Path("plugin/" + HandoverPlugin.ID)
public class HandoverRootResource extends AbstractTasklistPluginRootResource {

  public HandoverRootResource() {
    super(HandoverPlugin.ID);
  }

  @Path("{engineName}/tasks/{taskId}")
  public HandoverPluginResource task(@PathParam("engineName") String engineName,
      @PathParam("taskId") String taskId) {
    return subResource(new HandoverPluginResource(engineName, taskId), engineName);
  }

  @Path("{engineName}/absences")
  public AbsencePluginResource absences(@PathParam("engineName") String engineName) {
    return subResource(new AbsencePluginResource(engineName), engineName);
  }
}
