package cn.gov.oneseal.messaging;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.SignedInTasklistResource;
import cn.gov.oneseal.outbox.CaseMessages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The messages of a task's case for the officer signed in to Tasklist, by the API's rule ({@link CaseMessages}). */
public class MessagesTasklistResource extends SignedInTasklistResource {

  public MessagesTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("tasks/{taskId}/messages")
  public Response ofTask(@PathParam("taskId") String taskId) {
    return answer(who -> CockpitPluginBeans.bean(CaseMessages.class).of(who, caseOfTask(taskId)), 200);
  }
}
