package cn.gov.oneseal.complaint;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The complaints of the bureaus the caller works for, for Cockpit's supervisors, auditors and administrators (others:
 * 403): the open ones with their step, deadline and card, and this year's statistics.
 */
public class ComplaintCockpitResource extends ReadOnlyPluginResource {

  public ComplaintCockpitResource(String engineName) {
    super(engineName, "投诉情况仅供电子监察、审计和系统管理员查看");
  }

  @GET
  @Path("overview")
  public Response overview() {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    Caller caller = caller();
    LocalDate today = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    return json(200, asSystem(() -> Map.of(
        "open", CockpitPluginBeans.bean(OpenComplaints.class).of(caller::sees, caller.userId()),
        "statistics", CockpitPluginBeans.bean(ComplaintStatistics.class).of(today.withDayOfYear(1), today,
            caller::sees))));
  }
}
