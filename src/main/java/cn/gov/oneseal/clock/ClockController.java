package cn.gov.oneseal.clock;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.security.CurrentUser;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's clock for the bureau's officers, supervisors and auditors: running or stopped, working
 * days used and left against both limits, every stop and the extension. HTTP Basic; only callers of
 * the case's bureau (or administrators) see it.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = "application/json;charset=UTF-8")
public class ClockController {

  private final CaseFiles caseFiles;
  private final ClockService clocks;
  private final CurrentUser currentUser;

  public ClockController(CaseFiles caseFiles, ClockService clocks, CurrentUser currentUser) {
    this.caseFiles = caseFiles;
    this.clocks = clocks;
    this.currentUser = currentUser;
  }

  @GetMapping("/{caseNumber}/clock")
  public ResponseEntity<?> clock(@PathVariable String caseNumber) {
    Authentication caller = currentUser.get();
    Optional<CaseFile> file = caseFiles.find(caseNumber);
    if (file.isEmpty() || !currentUser.sees(caller, file.get().bureauId())) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("code", "CASE_NOT_FOUND", "message", "没有编号为 " + caseNumber + " 的办件"));
    }
    if (!clocks.exists(caseNumber)) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("code", "CLOCK_NOT_STARTED",
          "message", "办件 " + caseNumber + " 尚未受理，未开始计时（当前状态：" + file.get().status().label() + "）"));
    }
    return ResponseEntity.ok(clocks.clock(caseNumber));
  }
}
