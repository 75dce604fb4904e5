package cn.gov.oneseal.clock;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
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
  @Operation(summary = "办件的计时", description = """
      办件的计时状态（计时中或暂停）、承诺时限与法定时限的到期日、已用和剩余工作日、每次暂停（特别程序、等待申请人）和延期。\
      到期日所涉年份的节假日安排尚未公布的，暂按法定节假日计算：promisedDueProvisional / statutoryDueProvisional 为 true，\
      provisionalNote 说明原因；安排载入后重新计算，已告知申请人的到期日不提前。""")
  @ApiResponse(responseCode = "200", description = "计时信息")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局（CASE_NOT_FOUND）")
  @ApiResponse(responseCode = "409", description = "办件尚未受理，未开始计时（CLOCK_NOT_STARTED）")
  public ResponseEntity<?> clock(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    Authentication caller = currentUser.get();
    Optional<CaseFile> file = caseFiles.find(caseNumber);
    if (file.isEmpty() || !currentUser.sees(caller, file.get().bureauId())) {
      throw ApiException.caseNotFound(caseNumber);
    }
    if (!clocks.exists(caseNumber)) {
      throw ApiException.conflict("CLOCK_NOT_STARTED",
          "办件 " + caseNumber + " 尚未受理，未开始计时（当前状态：" + file.get().status().label() + "）");
    }
    return ResponseEntity.ok(clocks.clock(caseNumber));
  }
}
