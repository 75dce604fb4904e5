package cn.gov.oneseal.handover;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The Tasklist plugin's REST for one task, as the logged-in officer: {@code GET} how the task came to them and whether
 * they may transfer it (with the colleagues who may receive it), {@code POST transfer} {@code {"to", "reason"}}. The
 * same rules as {@code /api/v1/tasks/{taskId}/transfer} ({@link TransferService}).
 */
public class HandoverPluginResource extends OfficerPluginResource {

  private final String taskId;

  public HandoverPluginResource(String engineName, String taskId) {
    super(engineName);
    this.taskId = taskId;
  }

  @GET
  public Response handovers() {
    return answer(() -> service().of(caller(), taskId));
  }

  @POST
  @Path("transfer")
  public Response transfer(String body) {
    return answer(() -> {
      JsonNode request = request(body, "{\"to\": 同事的用户名, \"reason\": 理由}");
      return service().transfer(caller(), taskId, text(request, "to"), text(request, "reason"));
    });
  }

  private static TransferService service() {
    return CockpitPluginBeans.bean(TransferService.class);
  }
}
