package cn.gov.oneseal.messaging;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** The Tasklist plugin's JAX-RS root: its assets (app/plugin.js) and the messages of one engine's tasks. */
@Path("plugin/" + MessagesTasklistPlugin.ID)
public class MessagesTasklistRoot extends AbstractTasklistPluginRootResource {

  public MessagesTasklistRoot() {
    super(MessagesTasklistPlugin.ID);
  }

  @Path("{engineName}")
  public MessagesTasklistResource messages(@PathParam("engineName") String engineName) {
    return subResource(new MessagesTasklistResource(engineName), engineName);
  }
}
