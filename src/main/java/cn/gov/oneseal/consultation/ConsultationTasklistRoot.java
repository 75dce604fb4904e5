package cn.gov.oneseal.consultation;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The Tasklist plugin's JAX-RS root: its assets (app/plugin.js) and the consultations of one engine. */
@Path("plugin/" + ConsultationTasklistPlugin.ID)
public class ConsultationTasklistRoot extends AbstractTasklistPluginRootResource {

  public ConsultationTasklistRoot() {
    super(ConsultationTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public ConsultationTasklistResource consultations(@PathParam("engineName") String engineName) {
    return subResource(new ConsultationTasklistResource(engineName), engineName);
  }
}
