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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 查询办理进度: the applicant's view of a case, proven by its query code. */
@RestController
@RequestMapping(path = "/api/v1/applicant", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class CaseProgressController {

  private final CaseProgress progress;

  CaseProgressController(CaseProgress progress) {
    this.progress = progress;
  }

  @GetMapping("/cases/{caseNumber}")
  @Operation(summary = "查询办理进度", description = "办件状态、当前环节（待办事项及其期限，或等待申请人做什么）、计时（状态、承诺和法定期限、"
      + "剩余工作日、暂停、延期）、全部文书（附下载地址）和已提交的材料。容缺受理的办件已作出准予许可决定、尚待补齐容缺材料时，状态为 "
      + "GRANT_HELD，hold 说明待补齐的材料、补齐期限和后果；补齐并经审核符合要求后才出具准予行政许可决定书、给出许可证编号。"
      + "期限所涉年份的节假日安排尚未公布的，暂按法定节假日计算并标明（dueProvisional、clock.promisedDueProvisional/"
      + "statutoryDueProvisional 与 clock.provisionalNote）。")
  @ApiResponse(responseCode = "200", description = "办理进度")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> progress(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret) {
    return ResponseEntity.ok(progress.of(caseNumber, secret));
  }
}
