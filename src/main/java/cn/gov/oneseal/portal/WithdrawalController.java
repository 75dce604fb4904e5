package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.PortalRequests.SECRET;

import cn.gov.oneseal.api.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 撤回申请: the applicant withdraws the application before the decision. */
@RestController
@RequestMapping(path = "/api/v1/applicant", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class WithdrawalController {

  private final Withdrawals withdrawals;

  WithdrawalController(Withdrawals withdrawals) {
    this.withdrawals = withdrawals;
  }

  /** The withdrawal. */
  public record Withdrawal(@Schema(description = "撤回理由（必填，不超过 500 字）") String reason) {}

  @PostMapping(path = "/cases/{caseNumber}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "撤回申请", description = "作出许可决定前，申请人可以撤回申请：办件终止，停止计时，发出撤回申请确认书。")
  @ApiResponse(responseCode = "200", description = "已撤回：{caseNumber, status, statusLabel, notice}")
  @ApiResponse(responseCode = "400", description = "reason 必填",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "已作出许可决定或办件已终结，不能撤回",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> withdraw(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @RequestBody(required = false) Withdrawal body) {
    return ResponseEntity.ok(withdrawals.withdraw(caseNumber, secret, body == null ? null : body.reason()));
  }
}
