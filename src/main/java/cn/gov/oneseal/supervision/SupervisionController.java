package cn.gov.oneseal.supervision;

import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
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
  public List<Card> openCards() {
    Authentication caller = currentUser.requireAnyGroup(READERS, "查看电子监察信息");
    return cards.open().stream().filter(card -> currentUser.sees(caller, card.bureauId())).toList();
  }

  @GetMapping("/statistics")
  public ResponseEntity<?> statistics(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) String department) {
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
}
