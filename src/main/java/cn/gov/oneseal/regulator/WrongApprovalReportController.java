package cn.gov.oneseal.regulator;

import org.camunda.bpm.engine.task.Task;
import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.feedback.WrongApprovalFeedback;
import cn.gov.oneseal.feedback.WrongApprovalReports;
import cn.gov.oneseal.feedback.WrongApprovalReports.Report;
import cn.gov.oneseal.form.FieldError;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 错误审批反馈 from the regulator's system: the report starts {@value WrongApprovalFeedback#PROCESS} by
 * its message {@code Msg_WrongApprovalReported}, as the client, validated by the process's own listener;
 * the client then follows its department's reports to the bureau's answer.
 */
@RestController
@RequestMapping(path = "/api/v1/regulator/wrong-approval-reports", produces = "application/json;charset=UTF-8")
@Tag(name = "监管部门")
@SecurityRequirement(name = "basicAuth")
public class WrongApprovalReportController {

  static final String MESSAGE = "Msg_WrongApprovalReported";
  /** The message variables under the API's names. */
  static final Map<String, String> FIELDS = Map.of("caseNumber", "caseNumber", "facts", "reportFacts",
      "legalBasis", "reportLegalBasis", "reference", "regulatorReference");
  /** Refusals that concern the case's state rather than the request: 409. */
  static final Set<String> STATE_CONFLICTS = Set.of("NO_LICENCE", "LICENCE_ENDED", "CONFLICT");

  private final RegulatorCaller callers;
  private final ProcessEngine engine;
  private final WrongApprovalReports reports;
  private final IdempotentRequests idempotent;
  private final WorkingDayCalendar calendar;

  WrongApprovalReportController(RegulatorCaller callers, ProcessEngine engine, WrongApprovalReports reports,
      IdempotentRequests idempotent, WorkingDayCalendar calendar) {
    this.calendar = calendar;
    this.callers = callers;
    this.engine = engine;
    this.reports = reports;
    this.idempotent = idempotent;
  }

  /**
   * The report. Its values are kept as sent ({@code Object}): a value of the wrong type is refused with the field's
   * name (400, by the report's listener), where a typed component would refuse the whole body.
   */
  @Schema(name = "WrongApprovalReportRequest", title = "错误审批报告请求")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReportRequest(
      @Schema(implementation = String.class, description = "办件编号（须为本部门监管事项、许可证仍有效的办件）",
          requiredMode = Schema.RequiredMode.REQUIRED, example = "32050020260302C000001C") Object caseNumber,
      @Schema(implementation = String.class, description = "错误审批的事实，不超过 2000 字",
          requiredMode = Schema.RequiredMode.REQUIRED) Object facts,
      @Schema(implementation = String.class, description = "认定错误审批的依据，不超过 500 字",
          requiredMode = Schema.RequiredMode.REQUIRED, example = "《食品经营许可和备案管理办法》第十二条") Object legalBasis,
      @Schema(implementation = String.class, description = "监管部门文号（可选，不超过 100 字）", example = "苏市监函〔2026〕12号")
      Object reference) {

    static final ReportRequest EMPTY = new ReportRequest(null, null, null, null);

    /** The values given, under the API's names. */
    Map<String, Object> given() {
      return RegulatorCaller.given("caseNumber", caseNumber, "facts", facts, "legalBasis", legalBasis, "reference",
          reference);
    }
  }

  @Schema(name = "WrongApprovalReport", title = "错误审批报告")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReportView(
      @Schema(description = "报告编号") long reportId,
      @Schema(description = "办件编号") String caseNumber,
      @Schema(description = "许可证编号") String licenceNumber,
      @Schema(description = "REPORTED 已报告（调查核实中），HEARING 属实、被许可人陈述申辩期间，DECIDING 待作出处理决定，"
          + "ANSWERED 已答复，CLOSED 已签收答复", allowableValues = {"REPORTED", "HEARING", "DECIDING", "ANSWERED", "CLOSED"})
      String status,
      @Schema(description = "报告时间") OffsetDateTime reportedAt,
      @Schema(description = "监管部门文号") String reference,
      @Schema(description = "报告的事实") String facts,
      @Schema(description = "认定依据") String legalBasis,
      @Schema(description = "处理期限（自报告起 60 个工作日，可延长一次）") OffsetDateTime decisionDue,
      @Schema(description = "处理期限所涉年份的节假日安排尚未公布时的说明（暂按法定节假日计算）；否则不出现")
      String decisionDueNote,
      @Schema(description = "调查结论：founded 属实，unfounded 不成立") String finding,
      @Schema(description = "处理决定：revoke 撤销，change 变更，cancel 注销，keep 维持") String decision,
      @Schema(description = "处理理由") String decisionReasons,
      @Schema(description = "变更内容（change 时）") String changeDetails,
      @Schema(description = "本局的答复") String answer,
      @Schema(description = "答复时间") OffsetDateTime answeredAt) {}

  @PostMapping
  @Operation(summary = "报告错误审批", description = """
      监管部门发现本局准予的许可存在错误（《行政许可法》第六十九条），报告本局调查处理：启动错误审批反馈流程（消息 \
      Msg_WrongApprovalReported）。办件须为本部门监管事项、许可证仍有效，且没有正在处理的报告。本局调查核实，属实的告知被许可人\
      陈述申辩，在 60 个工作日内作出撤销、变更、注销或维持的决定并答复；答复同时推送本部门业务系统。可带请求头 Idempotency-Key。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      content = @Content(schema = @Schema(implementation = ReportRequest.class)))
  @ApiResponse(responseCode = "201", description = "已受理报告",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(responseCode = "400", description = "请求有误，逐字段说明（caseNumber、facts、legalBasis、reference）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于本部门监管",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "未准予许可（NO_LICENCE）、许可证已撤销或注销（LICENCE_ENDED）、"
      + "已有正在处理的报告（CONFLICT）", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> report(
      @Parameter(in = ParameterIn.HEADER, description = "幂等键（可选）")
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
      @RequestBody(required = false) ReportRequest body) {
    RegulatorCaller.Caller caller = callers.get();
    ReportRequest request = body == null ? ReportRequest.EMPTY : body;
    return idempotent.run(RegulatorCaller.IDEMPOTENCY, caller.userId(), key, "wrong-approval-report", request,
        () -> doReport(caller, request.given()));
  }

  private ResponseEntity<?> doReport(RegulatorCaller.Caller caller, Map<String, Object> request) {
    if (!(request.get("caseNumber") instanceof String caseNumber) || caseNumber.isBlank()) {
      throw RegulatorCaller.invalid(new FieldError("caseNumber", request.get("caseNumber") == null ? "REQUIRED"
          : "INVALID_TYPE", "办件编号必填（文本）"));
    }
    String number = caseNumber.strip();
    callers.requireCase(caller, number);
    Map<String, Object> variables = new HashMap<>();
    FIELDS.forEach((apiName, variable) -> {
      if (request.get(apiName) != null) {
        variables.put(variable, request.get(apiName));
      }
    });
    variables.put("caseNumber", number);
    ProcessInstance started;
    try {
      // as the client: the report's listener checks its department supervises the item (else 403)
      started = engine.getRuntimeService().createMessageCorrelation(MESSAGE).processInstanceBusinessKey(number)
          .setVariables(variables).correlateStartMessage();
    } catch (FormValidationException invalid) {
      List<FieldError> errors = invalid.getErrors();
      if (errors.size() == 1 && STATE_CONFLICTS.contains(errors.get(0).code())) {
        throw ApiException.conflict(errors.get(0).code(), errors.get(0).message());
      }
      throw RegulatorCaller.invalid(invalid, FIELDS);
    } catch (AuthorizationException refused) {
      throw ApiException.forbidden(refused.getMessage());
    }
    long id = callers.asSystem(() -> ((Number) engine.getRuntimeService().getVariable(started.getId(),
        WrongApprovalFeedback.REPORT_ID)).longValue());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(reports.get(id)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "查询错误审批报告的处理情况", description = """
      本部门报告的一项错误审批的处理情况：状态、调查结论、处理决定和本局的答复。其他部门的报告与不存在的报告一样回答 404。""")
  @ApiResponse(responseCode = "200", description = "报告及其处理情况",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(responseCode = "404", description = "报告不存在或不是本部门的",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> one(@Parameter(description = "报告编号（报告时回答的 reportId）") @PathVariable long id) {
    RegulatorCaller.Caller caller = callers.get();
    return reports.find(id).filter(r -> caller.supervises(r.regulatorGroup()))
        .<ResponseEntity<?>>map(r -> ResponseEntity.ok(view(r)))
        .orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND", "没有编号为 " + id + " 的本部门错误审批报告"));
  }

  /** The receipt; its note is kept as sent, as {@link DispatchController.SignForRequest}'s. */
  @Schema(name = "AnswerReceiptRequest", title = "签收答复请求")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReceiptRequest(@Schema(implementation = String.class, description = "签收意见（可选，不超过 1000 字）",
      example = "已收悉，将据此开展后续监管") Object note) {}

  @PostMapping("/{id}/receipt")
  @Operation(summary = "签收本局对错误审批报告的答复", description = """
      本部门以接口账号签收本局的答复（办理“监管签收错误审批答复”任务），报告随之办结（CLOSED）。尚未答复或已签收的回答 409。      可带请求头 Idempotency-Key。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
      content = @Content(schema = @Schema(implementation = ReceiptRequest.class)))
  @ApiResponse(responseCode = "200", description = "已签收，回答报告的处理情况",
      content = @Content(schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(responseCode = "400", description = "请求有误（签收意见过长等），逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "报告不存在或不是本部门的",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "本局尚未答复（NOT_ANSWERED）或答复已签收（ALREADY_RECEIVED）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> receipt(@Parameter(description = "报告编号") @PathVariable long id,
      @Parameter(in = ParameterIn.HEADER, description = "幂等键（可选）")
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
      @RequestBody(required = false) ReceiptRequest body) {
    RegulatorCaller.Caller caller = callers.get();
    ReceiptRequest request = body == null ? new ReceiptRequest(null) : body;
    return idempotent.run(RegulatorCaller.IDEMPOTENCY, caller.userId(), key, "answer-receipt " + id, request,
        () -> doReceipt(caller, id, request.note()));
  }

  private ResponseEntity<?> doReceipt(RegulatorCaller.Caller caller, long id, Object note) {
    Report report = reports.find(id).filter(r -> caller.supervises(r.regulatorGroup()))
        .orElseThrow(() -> ApiException.notFound("REPORT_NOT_FOUND", "没有编号为 " + id + " 的本部门错误审批报告"));
    if (note != null && !(note instanceof String)) {
      throw RegulatorCaller.invalid(new FieldError("note", "INVALID_TYPE", "签收意见应为文本"));
    }
    Task open = callers.asSystem(() -> engine.getTaskService().createTaskQuery()
        .processDefinitionKey(WrongApprovalFeedback.PROCESS).taskDefinitionKey("Task_ReceiveWrongApprovalAnswer")
        .processVariableValueEquals(WrongApprovalFeedback.REPORT_ID, id).singleResult());
    if (open == null) {
      throw report.status() == cn.gov.oneseal.feedback.WrongApprovalStatus.CLOSED
          ? ApiException.conflict("ALREADY_RECEIVED", "报告 " + id + " 的答复已签收")
          : ApiException.conflict("NOT_ANSWERED", "本局尚未答复报告 " + id + "（" + report.status().name() + "），无可签收的答复");
    }
    Map<String, Object> form = new HashMap<>();
    form.put("answerReceived", true);
    if (note != null) {
      form.put("receiptNote", note);
    }
    try {
      // as the client, with its department's rights on the task
      engine.getFormService().submitTaskForm(open.getId(), form);
    } catch (FormValidationException invalid) {
      throw RegulatorCaller.invalid(invalid, Map.of("note", "receiptNote"));
    } catch (AuthorizationException refused) {
      throw ApiException.forbidden("无权签收报告 " + id + " 的答复：" + refused.getMessage());
    }
    return ResponseEntity.ok(view(reports.get(id)));
  }

  private ReportView view(Report r) {
    String note = ProvisionalWording.explanation(calendar.provisionalYears(
        r.reportedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(),
        r.decisionDue().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate()));
    return new ReportView(r.id(), r.caseNumber(), r.licenceNumber(), r.status().name(), r.reportedAt(),
        r.regulatorReference(), r.facts(), r.legalBasis(), r.decisionDue(), note, r.finding(), r.outcome(),
        r.outcomeReasons(), r.changeDetails(), r.answer(), r.answeredAt());
  }
}
