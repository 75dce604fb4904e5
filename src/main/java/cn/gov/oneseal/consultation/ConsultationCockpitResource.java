package cn.gov.oneseal.consultation;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The consultation counts for Cockpit's supervisors, auditors and administrators (others: 403 with the rule), of the
 * bureaus the caller works for.
 */
public class ConsultationCockpitResource extends ReadOnlyPluginResource {

  public ConsultationCockpitResource(String engineName) {
    super(engineName, "征求意见统计仅供电子监察、审计和系统管理员查看");
  }

  @GET
  @Path("statistics")
  public Response statistics() {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    Caller caller = caller();
    Consultations consultations = CockpitPluginBeans.bean(Consultations.class);
    return json(200, asSystem(() -> Map.of("perStage", consultations.perStage(caller::sees),
        "perOfficer", consultations.perOfficer(caller::sees))));
  }
}
