package cn.gov.oneseal.urging;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
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
    return answer(() -> {
      Urger urger = urger();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("urges", urging().ofCase(urger, caseNumber));
      boolean mayUrge;
      try {
        body.put("steps", urging().openSteps(urger, caseNumber));
        mayUrge = true;
      } catch (ApiException refused) {
        body.put("steps", List.of());
        mayUrge = false;
      }
      body.put("mayUrge", mayUrge);
      return body;
    }, 200);
  }

  @POST
  @Path("cases/{caseNumber}")
  public Response urgeCase(@PathParam("caseNumber") String caseNumber, String body) {
    return answer(() -> urging().urgeCase(urger(), caseNumber, note(body)), 201);
  }

  @POST
  @Path("tasks/{taskId}")
  public Response urgeTask(@PathParam("taskId") String taskId, String body) {
    return answer(() -> urging().urgeTask(urger(), taskId, note(body)), 201);
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

  private static String note(String body) {
    try {
      JsonNode note = body == null || body.isBlank() ? null
          : CockpitPluginBeans.bean(ObjectMapper.class).readTree(body).get("note");
      return note == null || note.isNull() ? null : note.isTextual() ? note.asText() : invalid();
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("INVALID", new FieldError("note", "INVALID_JSON", "请求不是有效的 JSON"));
    }
  }

  private static String invalid() {
    throw ApiException.invalid("INVALID", new FieldError("note", "INVALID_TYPE", "催办意见应为文本"));
  }

  private Response answer(Supplier<Object> action, int status) {
    try {
      return json(status, action.get());
    } catch (ApiException refused) {
      return json(refused.status().value(), refused.body());
    }
  }
}
