package cn.gov.oneseal.regulator;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.commitment.CommitmentVerification;
import cn.gov.oneseal.commitment.Commitments;
import cn.gov.oneseal.form.FormValidationException;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 告知承诺核查 by the regulator's system: the result of the open verification
 * ({@code Task_VerifyCommitment}) or re-verification after rectification
 * ({@code Task_ReverifyCommitment}) of {@value CommitmentVerification#PROCESS}, validated by the task's own
 * listener (field errors → 400).
 */
@RestController
@RequestMapping(path = "/api/v1/regulator/verifications", produces = "application/json;charset=UTF-8")
@Tag(name = "监管部门")
@SecurityRequirement(name = "basicAuth")
public class VerificationController {

  static final String VERIFY = "Task_VerifyCommitment";
  static final String REVERIFY = "Task_ReverifyCommitment";
  /** The form fields of each task under the API's names. */
  static final Map<String, Map<String, String>> FIELDS = Map.of(
      VERIFY, Map.of("result", "verificationResult", "findings", "verificationFindings",
          "rectificationWorkingDays", "rectificationWorkingDays"),
      REVERIFY, Map.of("result", "reverificationResult", "findings", "reverificationFindings"));

  private final RegulatorCaller callers;
  private final ProcessEngine engine;
  private final Commitments commitments;
  private final IdempotentRequests idempotent;

  VerificationController(RegulatorCaller callers, ProcessEngine engine, Commitments commitments,
      IdempotentRequests idempotent) {
    this.callers = callers;
    this.engine = engine;
    this.commitments = commitments;
    this.idempotent = idempotent;
  }

  /**
   * The request. Its values are kept as sent ({@code Object}): a value of the wrong type goes on to the task's form
   * validation and is refused with the field's name (400), where a typed component would refuse the whole body.
   */
  @Schema(name = "VerificationRequest", title = "核查结果请求")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VerificationRequest(
      @Schema(implementation = String.class, description = "核查结果：met 承诺属实；notMet 不符合承诺的条件，责令限期整改（仅首次核查）；"
          + "false 虚假承诺（仅首次核查）。整改后复查只能是 met 整改合格或 notMet 仍不符合",
          allowableValues = {"met", "notMet", "false"}, requiredMode = Schema.RequiredMode.REQUIRED) Object result,
      @Schema(implementation = String.class, description = "核查（复查）情况，不超过 4000 字",
          requiredMode = Schema.RequiredMode.REQUIRED, example = "现场核查，经营场所与承诺一致") Object findings,
      @Schema(implementation = Integer.class, description = "整改期限（工作日，1–60），result 为 notMet 的首次核查时必填",
          example = "10") Object rectificationWorkingDays) {

    static final VerificationRequest EMPTY = new VerificationRequest(null, null, null);

    /** The values given, under the API's names. */
    Map<String, Object> given() {
      return RegulatorCaller.given("result", result, "findings", findings, "rectificationWorkingDays",
          rectificationWorkingDays);
    }
  }

  @Schema(name = "VerificationResult", title = "核查结果")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VerificationResult(
      @Schema(description = "办件编号") String caseNumber,
      @Schema(description = "办理的任务：VERIFY 核查承诺内容，REVERIFY 整改后复查") String stage,
      @Schema(description = "核查结果") String result,
      @Schema(description = "核查情况") String findings,
      @Schema(description = "告知承诺的状态：VERIFIED 核查属实，RECTIFYING 整改中，RECTIFIED 整改合格，"
          + "REVOCATION_PENDING 待局负责人决定是否启动撤销程序") String commitmentStatus,
      @Schema(description = "状态说明") String statusNote,
      @Schema(description = "整改期限（notMet 时）；届满后可提交复查结果") OffsetDateTime rectificationDue) {}

  @PostMapping("/{caseNumber}")
  @Operation(summary = "提交告知承诺核查结果", description = """
      提交以告知承诺方式准予的许可的核查结果：办理正在进行的“核查承诺内容”或“整改后复查”任务（按办件当前所处环节）。\
      met 承诺属实，核查结束；notMet 责令限期整改（rectificationWorkingDays 个工作日，出具责令限期整改通知书），期限届满后\
      再提交复查结果；false 虚假承诺，转局负责人决定是否启动撤销程序。没有正在进行的核查（已核查、整改期限未到、非告知承诺办件）\
      回答 409。可带请求头 Idempotency-Key。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(schema = @Schema(implementation = VerificationRequest.class)))
  @ApiResponse(responseCode = "200", description = "已记录核查结果",
      content = @Content(schema = @Schema(implementation = VerificationResult.class)))
  @ApiResponse(responseCode = "400", description = "请求有误，逐字段说明（result、findings、rectificationWorkingDays）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于本部门监管",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "没有正在进行的核查（NO_OPEN_VERIFICATION、NOT_A_COMMITMENT）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> verify(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(in = ParameterIn.HEADER, description = "幂等键（可选）")
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
      @RequestBody(required = false) VerificationRequest body) {
    RegulatorCaller.Caller caller = callers.get();
    VerificationRequest request = body == null ? VerificationRequest.EMPTY : body;
    return idempotent.run(RegulatorCaller.IDEMPOTENCY, caller.userId(), key, "verification " + caseNumber, request,
        () -> doVerify(caller, caseNumber, request.given()));
  }

  private ResponseEntity<?> doVerify(RegulatorCaller.Caller caller, String caseNumber, Map<String, Object> request) {
    callers.requireCase(caller, caseNumber);
    ProcessInstance verification = callers.asSystem(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CommitmentVerification.PROCESS).processInstanceBusinessKey(caseNumber).singleResult());
    Task open = verification == null ? null : callers.asSystem(() -> engine.getTaskService().createTaskQuery()
        .processInstanceId(verification.getId()).taskDefinitionKeyIn(VERIFY, REVERIFY).singleResult());
    if (open == null) {
      throw noVerification(caseNumber, verification);
    }
    Map<String, String> fields = FIELDS.get(open.getTaskDefinitionKey());
    Map<String, Object> form = new HashMap<>();
    fields.forEach((apiName, variable) -> {
      if (request.get(apiName) != null) {
        form.put(variable, request.get(apiName));
      }
    });
    try {
      engine.getFormService().submitTaskForm(open.getId(), form);
    } catch (FormValidationException invalid) {
      throw RegulatorCaller.invalid(invalid, fields);
    } catch (AuthorizationException refused) {
      throw ApiException.forbidden("无权办理办件 " + caseNumber + " 的核查：" + refused.getMessage());
    }
    Commitments.Standing commitment = commitments.standing(caseNumber).orElseThrow();
    Date rectificationDue = "RECTIFYING".equals(commitment.status()) ? callers.asSystem(() -> (Date) engine
        .getRuntimeService().getVariable(verification.getId(), "rectificationDue")) : null;
    return ResponseEntity.ok(new VerificationResult(caseNumber,
        open.getTaskDefinitionKey().equals(VERIFY) ? "VERIFY" : "REVERIFY", (String) request.get("result"),
        ((String) request.get("findings")).strip(), commitment.status(), commitment.statusNote(),
        rectificationDue == null ? null : offsetOf(rectificationDue)));
  }

  private ApiException noVerification(String caseNumber, ProcessInstance verification) {
    String status = commitments.standing(caseNumber).map(Commitments.Standing::status).orElse(null);
    if (status == null) {
      return ApiException.conflict("NOT_A_COMMITMENT", "办件 " + caseNumber + " 不是以告知承诺方式办理的许可，无需核查");
    }
    if (verification != null && "RECTIFYING".equals(status)) {
      Date due = callers.asSystem(() -> (Date) engine.getRuntimeService().getVariable(verification.getId(),
          "rectificationDue"));
      return ApiException.conflict("NO_OPEN_VERIFICATION", "办件 " + caseNumber + " 正在整改，整改期限（" + offsetOf(due)
          + "）届满后方可提交复查结果");
    }
    return ApiException.conflict("NO_OPEN_VERIFICATION", "办件 " + caseNumber + " 没有待提交的核查（告知承诺状态：" + status
        + "）");
  }
}
