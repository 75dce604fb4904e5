package cn.gov.oneseal.supervision;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The dashboard's data for supervisors, auditors and admins (403 for anyone else); the statistics cover the cases
 * received from {@code from} to {@code to} (default: 1 January of this year to today, in Asia/Shanghai).
 */
public class DashboardResource extends ReadOnlyPluginResource {

  public DashboardResource(String engineName) {
    super(engineName, "电子监察看板仅供电子监察、审计和系统管理员查看");
  }

  @GET
  public Response dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
    Response refused = refusal();
    if (refused != null) {
      return refused;
    }
    LocalDate today = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    LocalDate start;
    LocalDate end;
    try {
      start = from == null || from.isBlank() ? today.withDayOfYear(1) : LocalDate.parse(from.trim());
      end = to == null || to.isBlank() ? today : LocalDate.parse(to.trim());
    } catch (DateTimeParseException e) {
      return json(400, Map.of("code", "INVALID_DATE", "message", "统计区间的日期须为 YYYY-MM-DD"));
    }
    if (end.isBefore(start)) {
      return json(400, Map.of("code", "INVALID_PERIOD", "message", "统计区间的结束日早于开始日"));
    }
    Caller caller = caller();
    return json(200, asSystem(() -> CockpitPluginBeans.bean(SupervisionDashboard.class)
        .compute(start, end, caller::sees)));
  }
}
