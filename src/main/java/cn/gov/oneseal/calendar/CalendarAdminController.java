package cn.gov.oneseal.calendar;

import cn.gov.oneseal.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar maintenance for administrators: {@code PUT /api/v1/admin/calendar/{year}} with
 * {@code {"source": "国办发明电〔2026〕…号", "off": ["2027-01-01", "2027-02-05..2027-02-11"], "work": ["2027-02-20"]}}
 * loads (or corrects) one year of the State Council's notice without a code change; the answer lists
 * the open deadlines that moved.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/calendar", produces = "application/json;charset=UTF-8")
public class CalendarAdminController {

  private final CalendarMaintenance maintenance;
  private final CurrentUser currentUser;
  private final ObjectMapper json;

  public CalendarAdminController(CalendarMaintenance maintenance, CurrentUser currentUser, ObjectMapper json) {
    this.maintenance = maintenance;
    this.currentUser = currentUser;
    this.json = json;
  }

  @PutMapping("/{year}")
  public ResponseEntity<?> load(@PathVariable int year, @RequestBody JsonNode body) throws Exception {
    var caller = currentUser.requireAnyGroup(Set.of(), "维护工作日历（仅限系统管理员）");
    if (year < 2000 || year > 2100 || body == null || !body.isObject()) {
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_REQUEST",
          "message", "请求体须为 {source, off, work} 对象，年份在 2000–2100 之间"));
    }
    ObjectNode wrapper = json.createObjectNode();
    wrapper.putObject("years").set(String.valueOf(year), body);
    List<HolidayYear> parsed;
    try {
      parsed = HolidayDataLoader.read(new ByteArrayInputStream(json.writeValueAsBytes(wrapper)), "PUT " + year);
    } catch (IllegalStateException invalid) {
      List<String> problems = Arrays.stream(invalid.getMessage().split("\n - ")).skip(1).toList();
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_CALENDAR", "message", invalid.getMessage(),
          "errors", problems));
    }
    return ResponseEntity.ok(maintenance.load(parsed.get(0), caller.getUserId()));
  }
}
