package cn.gov.oneseal.regulator;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.commitment.CommitmentVerification;
import cn.gov.oneseal.licence.LicenceRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 撤销行政许可决定 of a commitment found false or not rectified: the regulator's system signs for it
 * ({@code Task_SignForRevocation} of {@value CommitmentVerification#PROCESS}) as it signs for decisions.
 */
@RestController
@RequestMapping(path = "/api/v1/regulator/revocations", produces = "application/json;charset=UTF-8")
@Tag(name = "监管部门")
@SecurityRequirement(name = "basicAuth")
public class RevocationController {

  static final String SIGN_FOR = "Task_SignForRevocation";

  private final RegulatorCaller callers;
  private final ProcessEngine engine;
  private final LicenceRegister licences;
  private final IdempotentRequests idempotent;

  RevocationController(RegulatorCaller callers, ProcessEngine engine, LicenceRegister licences,
      IdempotentRequests idempotent) {
    this.callers = callers;
    this.engine = engine;
    this.licences = licences;
    this.idempotent = idempotent;
  }

  @Schema(name = "RevocationReceipt", title = "撤销决定签收结果")
  record Receipt(
      @Schema(description = "办件编号") String caseNumber,
      @Schema(description = "许可证编号") String licenceNumber,
      @Schema(description = "许可证状态（撤销后为 REVOKED）") String licenceStatus,
      @Schema(description = "签收的接口账号") String signedBy) {}

  @PostMapping("/{caseNumber}/sign-for")
  @Operation(summary = "签收撤销行政许可决定", description = """
      告知承诺不实或逾期未整改、许可被撤销后，本部门以接口账号签收《撤销行政许可决定书》（办理“监管签收撤销决定”任务），\
      纳入后续监管。没有待签收的撤销决定时回答 409。可带请求头 Idempotency-Key。""")
  @ApiResponse(responseCode = "200", description = "已签收",
      content = @Content(schema = @Schema(implementation = Receipt.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于本部门监管",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "没有待签收的撤销决定（NO_REVOCATION）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> signFor(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(in = ParameterIn.HEADER, description = "幂等键（可选）")
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
    RegulatorCaller.Caller caller = callers.get();
    return idempotent.run(RegulatorCaller.IDEMPOTENCY, caller.userId(), key, "revocation-sign-for " + caseNumber,
        Map.of(), () -> doSignFor(caller, caseNumber));
  }

  private ResponseEntity<?> doSignFor(RegulatorCaller.Caller caller, String caseNumber) {
    CaseFile file = callers.requireCase(caller, caseNumber);
    Task open = callers.asSystem(() -> engine.getTaskService().createTaskQuery()
        .processDefinitionKey(CommitmentVerification.PROCESS).taskDefinitionKey(SIGN_FOR)
        .processInstanceBusinessKey(caseNumber).singleResult());
    if (open == null) {
      throw ApiException.conflict("NO_REVOCATION", "办件 " + caseNumber + " 没有待签收的撤销行政许可决定");
    }
    try {
      // as the client, with its department's rights on the task
      engine.getFormService().submitTaskForm(open.getId(), Map.of("signedFor", true));
    } catch (AuthorizationException refused) {
      throw ApiException.forbidden("无权签收办件 " + caseNumber + " 的撤销决定：" + refused.getMessage());
    }
    String status = file.licenceNumber() == null ? null
        : licences.find(file.licenceNumber()).map(l -> l.status().name()).orElse(null);
    return ResponseEntity.ok(new Receipt(caseNumber, file.licenceNumber(), status, caller.userId()));
  }
}
