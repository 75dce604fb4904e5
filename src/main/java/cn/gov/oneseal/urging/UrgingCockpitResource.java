package cn.gov.oneseal.urging;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 催办 for Cockpit's users (the webapp session): the urge counts (supervisors, auditors, admins), a case's urges and
 * open steps, and the urge itself — checked by the same rules as the API ({@link Urging}), answered as JSON with the
 * rule in Chinese. Reads beyond the rules' own run as the system.
 */
public class UrgingCockpitResource extends ReadOnlyPluginResource {

  public UrgingCockpitResource(String engineName) {
    super(engineName, "催办统计仅供电子监察、审计和系统管理员查看");
  }

  @GET
  @Path("statistics")
  public Response statistics() {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    Caller caller = caller();
    Urges urges = CockpitPluginBeans.bean(Urges.class);
    return json(200, asSystem(() -> Map.of("perStage", urges.perStage(caller::sees),
        "perOfficer", urges.perOfficer(caller::sees))));
  }

  /** The case's urges, and the open steps the caller may urge ({@code mayUrge} false and none when they may not). */
  @GET
  @Path("cases/{caseNumber}")
  public Response ofCase(@PathParam("caseNumber") String caseNumber) {
    return answer(() -> urging().caseView(urger(), caseNumber), 200);
  }

  @POST
  @Path("cases/{caseNumber}")
  public Response urgeCase(@PathParam("caseNumber") String caseNumber, String body) {
    return answer(() -> urging().urgeCase(urger(), caseNumber, UrgeNote.of(body)), 201);
  }

  @POST
  @Path("tasks/{taskId}")
  public Response urgeTask(@PathParam("taskId") String taskId, String body) {
    return answer(() -> urging().urgeTask(urger(), taskId, UrgeNote.of(body)), 201);
  }

  private Urger urger() {
    Caller caller = caller();
    if (caller.userId() == null) {
      throw ApiException.forbidden("请先登录");
    }
    return Urger.of(caller.userId(), caller.groupIds(), caller.tenantIds());
  }

  private static Urging urging() {
    return CockpitPluginBeans.bean(Urging.class);
  }

  private Response answer(Supplier<Object> action, int status) {
    try {
      return json(status, action.get());
    } catch (ApiException refused) {
      return json(refused.status().value(), refused.body());
    }
  }
}
