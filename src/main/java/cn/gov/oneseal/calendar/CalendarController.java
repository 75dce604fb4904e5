package cn.gov.oneseal.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public working-day calculator: "accepted on date D, N working days later is?" — what the
 * portal shows applicants. Answers anonymously. A period that runs into a year whose holiday notice is not
 * loaded yet is answered all the same, counted on the statutory holidays and marked provisional.
 */
@RestController
@Tag(name = "办事指南")
@RequestMapping(path = "/api/v1/calendar", produces = "application/json;charset=UTF-8")
public class CalendarController {

  static final int MAX_WORKING_DAYS = 250;

  private final WorkingDayCalendar calendar;

  public CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/deadline")
  @Operation(summary = "工作日计算", description = """
      自起算日起若干个工作日后的日期（Asia/Shanghai，起算日不计入，法定节假日不计、调休上班日计入），按国务院办公厅的\
      节假日安排；所涉年份的安排尚未公布的，暂按周末和法定节假日计算，provisional 为 true 并附说明 note。无需认证。""")
  @ApiResponse(responseCode = "200", description = "到期日 due（YYYY-MM-DD）；provisional：是否暂按法定节假日计算")
  @ApiResponse(responseCode = "400", description = "参数有误，逐字段说明（from、workingDays）")
  @ApiResponse(responseCode = "422", description = "所涉年份早于现行放假办法（2025 年）或超出当年之后两年，无从计算（CALENDAR_YEAR_MISSING）")
  public ResponseEntity<Map<String, Object>> deadline(
      @Parameter(description = "起算日期，YYYY-MM-DD", example = "2025-09-26") @RequestParam(required = false) String from,
      @Parameter(description = "工作日数，0–250", example = "20") @RequestParam(required = false) String workingDays) {
    List<Map<String, String>> errors = new ArrayList<>();
    LocalDate start = null;
    if (from == null || from.isBlank()) {
      errors.add(error("from", "REQUIRED", "起算日期 from 必填（YYYY-MM-DD）"));
    } else {
      try {
        start = LocalDate.parse(from);
      } catch (DateTimeParseException e) {
        errors.add(error("from", "INVALID_DATE", "起算日期 " + from + " 不是有效日期（YYYY-MM-DD）"));
      }
    }
    Integer days = null;
    if (workingDays == null || workingDays.isBlank()) {
      errors.add(error("workingDays", "REQUIRED", "工作日数 workingDays 必填"));
    } else {
      try {
        days = Integer.valueOf(workingDays);
        if (days < 0 || days > MAX_WORKING_DAYS) {
          errors.add(error("workingDays", "OUT_OF_RANGE", "工作日数须在 0 到 " + MAX_WORKING_DAYS + " 之间"));
        }
      } catch (NumberFormatException e) {
        errors.add(error("workingDays", "INVALID_NUMBER", "工作日数 " + workingDays + " 不是整数"));
      }
    }
    if (!errors.isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_REQUEST", "message", "请求参数有误", "errors", errors));
    }
    try {
      LocalDate due = calendar.plusWorkingDays(start, days);
      SortedSet<Integer> provisional = calendar.provisionalYears(start, due);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("from", start.toString());
      body.put("workingDays", days);
      body.put("due", due.toString());
      body.put("provisional", !provisional.isEmpty());
      if (!provisional.isEmpty()) {
        body.put("note", "国务院办公厅尚未公布" + ProvisionalWording.years(provisional) + "节假日安排，"
            + ProvisionalWording.years(provisional) + "暂按周末和法定节假日（" + StatutoryHolidays.NAMES
            + "）计算；安排公布后，调休可能使到期日变化。");
      }
      body.put("timezone", WorkingDayCalendar.ZONE.getId());
      body.put("rule", "起算日不计入，自次日起按工作日计算（法定节假日不计，调休上班日计入）");
      return ResponseEntity.ok(body);
    } catch (CalendarDataMissingException e) {
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("code", "CALENDAR_YEAR_MISSING",
          "year", e.getYear(), "message", e.getMessage()));
    }
  }

  private static Map<String, String> error(String field, String code, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("code", code);
    error.put("message", message);
    return error;
  }
}
