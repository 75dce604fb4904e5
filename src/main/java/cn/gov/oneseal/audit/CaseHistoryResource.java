package cn.gov.oneseal.audit;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Read-only case history for auditors, supervisors and admins; anyone else logged in to Cockpit gets 403. */
public class CaseHistoryResource extends ReadOnlyPluginResource {

  public CaseHistoryResource(String engineName) {
    super(engineName, "办件历史仅供审计、电子监察和系统管理员查看");
  }

  @GET
  public Response search(@QueryParam("caseNumber") String caseNumber, @QueryParam("applicant") String applicant,
      @QueryParam("itemCode") String itemCode, @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo, @QueryParam("officer") String officer,
      @QueryParam("status") String status, @QueryParam("state") String state,
      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    CaseSearch search;
    try {
      search = new CaseSearch(caseNumber, applicant, itemCode, date(receivedFrom), date(receivedTo), officer,
          status, state, page, size);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return json(400, Map.of("code", "INVALID_SEARCH", "message", e.getMessage()));
    }
    return json(200, asSystem(() -> history().search(search)));
  }

  @GET
  @Path("{caseNumber}")
  public Response timeline(@PathParam("caseNumber") String caseNumber) {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    return asSystem(() -> history().timeline(caseNumber))
        .map(t -> json(200, t))
        .orElseGet(() -> json(404, Map.of("code", "NOT_FOUND", "message", "办件不存在: " + caseNumber)));
  }

  private static CaseHistory history() {
    return CockpitPluginBeans.bean(CaseHistory.class);
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
  }
}
