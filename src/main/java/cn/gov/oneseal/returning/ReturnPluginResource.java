package cn.gov.oneseal.returning;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.handover.OfficerPluginResource;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The Tasklist plugin's REST for one task, as the logged-in officer: {@code GET} whether they may return it and the
 * case's returns, {@code POST return} {@code {"reason"}}. The same rules as {@code /api/v1/tasks/{taskId}/return}.
 */
public class ReturnPluginResource extends OfficerPluginResource {

  private final String taskId;

  public ReturnPluginResource(String engineName, String taskId) {
    super(engineName);
    this.taskId = taskId;
  }

  @GET
  public Response info() {
    return answer(() -> service().of(caller(), taskId));
  }

  @POST
  @Path("return")
  public Response returnTask(String body) {
    return answer(() -> {
      JsonNode request = request(body, "{\"reason\": 退回理由}");
      return service().returnTask(caller(), taskId, text(request, "reason"));
    });
  }

  private static ReturnService service() {
    return CockpitPluginBeans.bean(ReturnService.class);
  }
}
