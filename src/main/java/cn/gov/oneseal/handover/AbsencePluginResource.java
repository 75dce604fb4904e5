package cn.gov.oneseal.handover;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The Tasklist plugin's REST for absences (the navbar's 请假/代理 dialog), as the logged-in officer: the same rules as
 * {@code /api/v1/absences} ({@link AbsenceService}). {@code GET} answers the absences, who the caller is and — for a
 * bureau head — the members of the bureau they may declare an absence for.
 */
public class AbsencePluginResource extends OfficerPluginResource {

  public AbsencePluginResource(String engineName) {
    super(engineName);
  }

  @GET
  public Response absences() {
    return answer(() -> {
      Caller caller = caller();
      List<Colleagues.Colleague> team = service().team(caller);
      List<Absence> absences = service().list(caller);
      return Map.of("userId", caller.userId(), "team", team, "absences", absences,
          "names", service().names(absences));
    });
  }

  @GET
  @Path("stand-ins")
  public Response standIns(@QueryParam("userId") String userId) {
    return answer(() -> service().standIns(caller(), userId));
  }

  @POST
  public Response declare(String body) {
    return answer(() -> {
      JsonNode r = request(body, "{\"userId\", \"standIn\", \"firstDay\", \"lastDay\", \"reason\"}");
      return service().declare(caller(), text(r, "userId"), text(r, "standIn"), text(r, "firstDay"),
          text(r, "lastDay"), text(r, "reason"));
    });
  }

  @DELETE
  @Path("{id}")
  public Response cancel(@PathParam("id") long id) {
    return answer(() -> service().cancel(caller(), id));
  }

  private static AbsenceService service() {
    return CockpitPluginBeans.bean(AbsenceService.class);
  }
}
