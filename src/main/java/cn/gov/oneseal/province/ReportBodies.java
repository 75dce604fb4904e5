package cn.gov.oneseal.province;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.CalendarDataMissingException;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a milestone's report as the platform reads it (JSON, field names of the 办件 data exchange; see
 * src/docs/provincial-platform.md for each field and its source): the case, the item (its 事项编码), the bureau, the
 * milestone and its time, the limits and the working days used on the statutory clock, and the milestone's outcome.
 * No applicant data.
 */
@Component
class ReportBodies {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final int MAX_TEXT = 500;

  /** What a milestone adds: the intake's or the decision's result, its description, the result's number. */
  record Outcome(String result, String description, String resultCode, String deliveryMethod) {
    static Outcome none() {
      return new Outcome(null, null, null, null);
    }
  }

  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final ClockService clocks;
  private final ProvinceProperties properties;
  private final ObjectMapper json;

  ReportBodies(ItemCatalogue catalogue, Bureaus bureaus, ClockService clocks, ProvinceProperties properties,
      ObjectMapper json) {
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.clocks = clocks;
    this.properties = properties;
    this.json = json;
  }

  static String reportKey(String caseNumber, Milestone milestone) {
    return "OneSeal-" + caseNumber + "-" + ProvinceChannel.NAME + "-" + milestone.name();
  }

  String body(CaseFile file, Milestone milestone, OffsetDateTime at, Outcome outcome, OffsetDateTime now) {
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    Bureau bureau = bureaus.of(file.bureauId());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("REPORT_ID", reportKey(file.caseNumber(), milestone));
    body.put("MILESTONE", milestone.name());
    body.put("MILESTONE_NAME", milestone.label());
    body.put("MILESTONE_TIME", at.toString());
    body.put("PROJID", file.caseNumber());
    body.put("SERVICECODE", properties.serviceCode(item.code()));
    body.put("SERVICENAME", item.name());
    body.put("ITEM_CODE", item.code());
    body.put("DEPTID", bureau.id());
    body.put("DEPTNAME", bureau.name());
    body.put("AREACODE", bureau.regionCode());
    body.put("BELONGSYSTEM", properties.systemCode());
    body.put(switch (milestone) {
      case RECEIVED -> "RECEIVETIME";
      case ACCEPTED -> "ACCEPT_TIME";
      case DECIDED -> "TRANSACT_TIME";
      case DELIVERED -> "DELIVER_TIME";
    }, beijing(at));
    body.put("PROMISEVALUE", item.promisedLimit());
    body.put("PROMISETYPE", "1");
    body.put("LEGAL_LIMIT", item.statutoryLimit());
    CaseClock clock = clock(file.caseNumber());
    body.put("USED_DAYS", clock == null ? 0 : clock.usedDays());
    if (clock != null && milestone == Milestone.ACCEPTED) {
      body.put("PROMISE_ETIME", clock.promisedDue().toString());
    }
    switch (milestone) {
      case ACCEPTED -> {
        body.put("ACCEPT_RESULT", outcome.result());
        putText(body, "ACCEPT_DESCRIBE", outcome.description());
      }
      case DECIDED -> {
        body.put("TRANSACT_RESULT", outcome.result());
        putText(body, "TRANSACT_DESCRIBE", outcome.description());
        body.put("RESULT_CODE", outcome.resultCode());
      }
      case DELIVERED -> {
        body.put("DELIVER_TYPE", outcome.deliveryMethod());
        body.put("RESULT_CODE", outcome.resultCode());
      }
      case RECEIVED -> {
      }
    }
    body.put("CREATE_TIME", beijing(now));
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("上报内容无法生成", e);
    }
  }

  private CaseClock clock(String caseNumber) {
    if (!clocks.exists(caseNumber)) {
      return null;
    }
    try {
      return clocks.clock(caseNumber);
    } catch (CalendarDataMissingException outsideTheCalendar) {
      return null;
    }
  }

  private static void putText(Map<String, Object> body, String field, String text) {
    if (text != null && !text.isBlank()) {
      body.put(field, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text);
    }
  }

  static String beijing(OffsetDateTime at) {
    return at.atZoneSameInstant(WorkingDayCalendar.ZONE).format(TIME);
  }
}
