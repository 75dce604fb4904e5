package cn.gov.oneseal.supervision;

import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 电子监察 for supervisors (and auditors): the open cards with their cases and reasons, and the
 * statistics per item, department and period. HTTP Basic; a caller sees the bureaus it belongs to.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/supervision", produces = "application/json;charset=UTF-8")
public class SupervisionController {

  static final Set<String> READERS = Set.of(Role.SUPERVISOR.groupId(), Role.AUDITOR.groupId());

  private final Cards cards;
  private final Statistics statistics;
  private final CurrentUser currentUser;

  public SupervisionController(Cards cards, Statistics statistics, CurrentUser currentUser) {
    this.cards = cards;
    this.statistics = statistics;
    this.currentUser = currentUser;
  }

  @GetMapping("/cards")
  @Operation(summary = "未办结的电子监察督办牌", description = """
      电子监察与审计人员查看调用方所在局未办结的黄牌、红牌：办件、环节、责任组和人员、期限、亮牌时间。""")
  @ApiResponse(responseCode = "200", description = "督办牌列表")
  @ApiResponse(responseCode = "403", description = "仅限电子监察与审计人员")
  public List<Card> openCards() {
    Authentication caller = currentUser.requireAnyGroup(READERS, "查看电子监察信息");
    return cards.open().stream().filter(card -> currentUser.sees(caller, card.bureauId())).toList();
  }

  @GetMapping("/statistics")
  @Operation(summary = "电子监察统计", description = """
      按事项和部门统计期间内收件的办件：收件、受理、办结、按时办结、超期、亮牌、退回（returns：这些办件的退回重审和退回受理次数）等。""")
  @ApiResponse(responseCode = "200", description = "统计结果")
  @ApiResponse(responseCode = "400", description = "日期格式有误或区间颠倒（INVALID_DATE、INVALID_PERIOD）")
  @ApiResponse(responseCode = "403", description = "仅限电子监察与审计人员")
  public ResponseEntity<?> statistics(
      @Parameter(description = "收件日期起，YYYY-MM-DD（可选）") @RequestParam(required = false) String from,
      @Parameter(description = "收件日期止，YYYY-MM-DD（可选）") @RequestParam(required = false) String to,
      @Parameter(description = "事项编码（可选）") @RequestParam(required = false) String itemCode,
      @Parameter(description = "监管部门（可选）：组，如 regulatorSamr，或名称，如 市场监督管理局") @RequestParam(required = false) String department) {
    Authentication caller = currentUser.requireAnyGroup(READERS, "查看电子监察统计");
    LocalDate start;
    LocalDate end;
    try {
      start = from == null ? LocalDate.of(2000, 1, 1) : LocalDate.parse(from);
      end = to == null ? LocalDate.of(2999, 12, 31) : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_DATE", "message", "日期须为 YYYY-MM-DD"));
    }
    if (end.isBefore(start)) {
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_PERIOD", "message", "统计区间的结束日早于开始日"));
    }
    return ResponseEntity.ok(statistics.compute(start, end, itemCode, department,
        bureau -> currentUser.sees(caller, bureau)));
  }

  @GetMapping("/returns")
  @Operation(summary = "退回统计（按工作人员）", description = """
      期间内（按退回日期）各工作人员作出的退回次数（returns，其中 toReview 退回重审、toIntake 退回受理），以及退回给其本人办理的次数（received）。      仅统计本人可见的局。""")
  @ApiResponse(responseCode = "200", description = "按工作人员的退回次数，多的在前")
  @ApiResponse(responseCode = "400", description = "日期格式有误或区间颠倒（INVALID_DATE、INVALID_PERIOD）")
  @ApiResponse(responseCode = "403", description = "仅限电子监察与审计人员")
  public ResponseEntity<?> returns(
      @Parameter(description = "退回日期起，YYYY-MM-DD（可选）") @RequestParam(required = false) String from,
      @Parameter(description = "退回日期止，YYYY-MM-DD（可选）") @RequestParam(required = false) String to) {
    Authentication caller = currentUser.requireAnyGroup(READERS, "查看电子监察统计");
    LocalDate start;
    LocalDate end;
    try {
      start = from == null ? LocalDate.of(2000, 1, 1) : LocalDate.parse(from);
      end = to == null ? LocalDate.of(2999, 12, 31) : LocalDate.parse(to);
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_DATE", "message", "日期须为 YYYY-MM-DD"));
    }
    if (end.isBefore(start)) {
      return ResponseEntity.badRequest().body(Map.of("code", "INVALID_PERIOD", "message", "统计区间的结束日早于开始日"));
    }
    return ResponseEntity.ok(statistics.returnsByOfficer(start, end, bureau -> currentUser.sees(caller, bureau)));
  }
}
