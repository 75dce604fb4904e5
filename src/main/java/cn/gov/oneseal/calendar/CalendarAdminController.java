package cn.gov.oneseal.calendar;

import cn.gov.oneseal.security.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/admin/calendar", produces = "application/json;charset=UTF-8")
public class CalendarAdminController {

  /** The body of a year's notice (for the OpenAPI description). */
  @Schema(name = "HolidayNotice", title = "节假日安排")
  record HolidayNotice(
      @Schema(description = "国务院办公厅通知名称或文号", example = "国务院办公厅关于2027年部分节假日安排的通知") String source,
      @Schema(description = "放假日，YYYY-MM-DD 或区间 YYYY-MM-DD..YYYY-MM-DD", example = "[\"2027-01-01\", \"2027-02-05..2027-02-11\"]")
      List<String> off,
      @Schema(description = "调休上班的周末", example = "[\"2027-02-20\"]") List<String> work) {}

  private final CalendarMaintenance maintenance;
  private final CurrentUser currentUser;
  private final ObjectMapper json;

  public CalendarAdminController(CalendarMaintenance maintenance, CurrentUser currentUser, ObjectMapper json) {
    this.maintenance = maintenance;
    this.currentUser = currentUser;
    this.json = json;
  }

  @PutMapping("/{year}")
  @Operation(summary = "载入或更正一年的节假日安排", description = """
      系统管理员载入（或更正）一年的国务院办公厅节假日安排，无需改代码：source 为通知名称，off 为放假日（可写区间 \
      2027-02-05..2027-02-11），work 为调休上班日。立即生效；回答列出因此变动的办件期限和任务到期日。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(
      implementation = HolidayNotice.class)))
  @ApiResponse(responseCode = "200", description = "已载入，列出变动的办件（cases）和任务（tasks）")
  @ApiResponse(responseCode = "400", description = "日期不真实、不在该年、既放假又上班、未写明通知等")
  @ApiResponse(responseCode = "403", description = "仅限系统管理员")
  public ResponseEntity<?> load(@Parameter(description = "年份，如 2027") @PathVariable int year,
      @RequestBody JsonNode body) throws Exception {
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
