package cn.gov.oneseal.regulator;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.QueryParameters;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.notice.NoticeController;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.regulator.Dispatches.Dispatch;
import cn.gov.oneseal.regulator.Dispatches.Filter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 推送监管 for the regulators' systems: the decisions dispatched to the caller's department, one with
 * its notices, the notices' PDFs, and the sign-for (监管签收) that completes {@code Task_SignForDecision}
 * as the client.
 */
@RestController
@RequestMapping(path = "/api/v1/regulator/dispatches", produces = "application/json;charset=UTF-8")
@Tag(name = "监管部门")
@SecurityRequirement(name = "basicAuth")
public class DispatchController {

  static final int MAX_SIZE = 100;

  private final RegulatorCaller callers;
  private final Dispatches dispatches;
  private final NoticeService notices;
  private final ProcessEngine engine;
  private final IdempotentRequests idempotent;

  DispatchController(RegulatorCaller callers, Dispatches dispatches, NoticeService notices, ProcessEngine engine,
      IdempotentRequests idempotent) {
    this.callers = callers;
    this.dispatches = dispatches;
    this.notices = notices;
    this.engine = engine;
    this.idempotent = idempotent;
  }

  /**
   * The body of a sign-for. The note is kept as sent ({@code Object}): one of the wrong type is refused with the
   * field's name (400 {@code note INVALID_TYPE}), where a typed component would refuse the whole body.
   */
  @Schema(name = "SignForRequest", title = "监管签收请求")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SignForRequest(@Schema(implementation = String.class, description = "签收意见（可选，不超过 1000 字）",
      example = "已纳入日常监管") Object note) {}

  @GetMapping
  @Operation(summary = "查询推送本部门的审批结果", description = """
      列出推送给调用方所属监管部门的审批结果（推送监管），最新推送的在前，分页。每条含办件编号、事项、申请人、审批决定、\
      许可证编号和有效期、决定时间、推送时间、签收期限和签收时间。只列出本部门监管事项的办件。""")
  @ApiResponse(responseCode = "200", description = "一页记录",
      content = @Content(schema = @Schema(implementation = Dispatches.Page.class)))
  @ApiResponse(responseCode = "400", description = "参数有误（status、page、size），逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "401", description = "未认证")
  @ApiResponse(responseCode = "403", description = "调用方不是监管部门业务系统的接口账号")
  public ResponseEntity<?> list(
      @Parameter(description = "PENDING 待签收，SIGNED 已签收，ALL 全部（默认）",
          schema = @Schema(allowableValues = {"PENDING", "SIGNED", "ALL"}, defaultValue = "ALL"))
      @RequestParam(required = false) String status,
      @Parameter(description = "页码，从 0 起（默认 0）") @RequestParam(required = false) String page,
      @Parameter(description = "每页条数，1–100（默认 20）") @RequestParam(required = false) String size) {
    List<FieldError> errors = new ArrayList<>();
    Filter filter = Filter.ALL;
    if (status != null) {
      try {
        filter = Filter.valueOf(status.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("status", "INVALID_CHOICE", "status 只能是 PENDING（待签收）、SIGNED（已签收）或 ALL（全部）"));
      }
    }
    Integer pageNumber = QueryParameters.number(page, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE, "页码须为不小于 0 的整数", errors);
    Integer pageSize = QueryParameters.number(size, "size", 20, 1, MAX_SIZE, "每页条数须为 1 到 " + MAX_SIZE + " 之间的整数", errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(ApiException.INVALID_REQUEST, errors);
    }
    RegulatorCaller.Caller caller = callers.get();
    Filter chosen = filter;
    return ResponseEntity.ok(callers.asSystem(() -> dispatches.page(caller.group(), chosen, pageNumber, pageSize)));
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "查询一项推送的审批结果", description = """
      一项推送本部门的审批结果及其签收情况，并列出办件的文书（编号、种类、标题、SHA-256、下载地址）。其他部门监管事项的办件与\
      不存在的办件一样回答 404。""")
  @ApiResponse(responseCode = "200", description = "推送记录与文书",
      content = @Content(schema = @Schema(implementation = Dispatch.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在、不属于本部门监管，或尚未推送",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> one(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    RegulatorCaller.Caller caller = callers.get();
    callers.requireCase(caller, caseNumber);
    return ResponseEntity.ok(callers.asSystem(() -> dispatches.of(caller.group(), caseNumber, true))
        .orElseThrow(() -> notDispatched(caseNumber)));
  }

  @GetMapping(path = "/{caseNumber}/notices/{id}", produces = {"application/pdf", "application/json;charset=UTF-8"})
  @Operation(summary = "下载推送办件的文书", description = """
      下载办件的一份文书（PDF，响应头 X-Content-SHA256 为其 SHA-256）。载有申请人查询码的收件凭证不提供给监管部门。""")
  @ApiResponse(responseCode = "200", description = "文书 PDF", content = @Content(mediaType = "application/pdf"))
  @ApiResponse(responseCode = "404", description = "办件或文书不存在、不属于本部门监管，或尚未推送",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> notice(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(description = "文书编号（见查询结果的 notices）") @PathVariable long id) {
    RegulatorCaller.Caller caller = callers.get();
    callers.requireCase(caller, caseNumber);
    if (callers.asSystem(() -> dispatches.latest(caller.group(), caseNumber)).isEmpty()) {
      throw notDispatched(caseNumber);
    }
    return notices.find(caseNumber, id).filter(found -> dispatches.forRegulators(found.getKey()))
        .<ResponseEntity<?>>map(found -> NoticeController.pdf(found.getKey(), found.getValue()))
        .orElseThrow(() -> ApiException.notFound("NOTICE_NOT_FOUND", "办件 " + caseNumber + " 没有编号为 " + id
            + " 的文书"));
  }

  @PostMapping("/{caseNumber}/sign-for")
  @Operation(summary = "签收审批结果（监管签收）", description = """
      以接口账号签收推送本部门的审批结果（办理“监管签收”任务，签收人记为该接口账号），纳入事中事后监管。已签收或尚未推送的回答 \
      409。可带请求头 Idempotency-Key：以同一键重试得到与首次相同的回答，不会重复签收。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
      content = @Content(schema = @Schema(implementation = SignForRequest.class)))
  @ApiResponse(responseCode = "200", description = "已签收，回答签收后的推送记录",
      content = @Content(schema = @Schema(implementation = Dispatch.class)))
  @ApiResponse(responseCode = "400", description = "请求有误（签收意见过长等），逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于本部门监管",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "已签收（ALREADY_SIGNED）、尚未推送（NOT_DISPATCHED）、推送已撤销（DISPATCH_CANCELLED）或幂等键已用于其他请求（IDEMPOTENCY_KEY_REUSED）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> signFor(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(in = ParameterIn.HEADER, description = "幂等键（可选，1–100 个可见 ASCII 字符，建议 UUID）")
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
      @RequestBody(required = false) SignForRequest body) {
    RegulatorCaller.Caller caller = callers.get();
    SignForRequest request = body == null ? new SignForRequest(null) : body;
    return idempotent.run(RegulatorCaller.IDEMPOTENCY, caller.userId(), key, "sign-for " + caseNumber, request,
        () -> doSignFor(caller, caseNumber, request.note()));
  }

  private ResponseEntity<?> doSignFor(RegulatorCaller.Caller caller, String caseNumber, Object note) {
    CaseFile file = callers.requireCase(caller, caseNumber);
    if (note != null && !(note instanceof String)) {
      throw RegulatorCaller.invalid(new FieldError("note", "INVALID_TYPE", "签收意见应为文本"));
    }
    Task open = callers.asSystem(() -> engine.getTaskService().createTaskQuery().processDefinitionKey(Dispatches.STAGE)
        .taskDefinitionKey(Dispatches.SIGN_FOR).processInstanceBusinessKey(caseNumber).singleResult());
    if (open == null) {
      throw callers.asSystem(() -> dispatches.of(caller.group(), caseNumber, false))
          .map(d -> d.status().equals("SIGNED")
              ? ApiException.conflict("ALREADY_SIGNED", "办件 " + caseNumber + " 的审批结果已于 " + d.signedAt() + " 由 "
                  + d.signedBy() + " 签收")
              : ApiException.conflict("DISPATCH_CANCELLED", "办件 " + caseNumber + " 的推送已撤销（办件终止），无需签收"))
          .orElseGet(() -> ApiException.conflict("NOT_DISPATCHED", "办件 " + caseNumber + " 的审批结果尚未推送本部门"
              + "（当前状态：" + file.status().label() + "），无可签收的结果"));
    }
    Map<String, Object> form = new HashMap<>();
    form.put("signedFor", true);
    if (note != null) {
      form.put("signForNote", note);
    }
    try {
      // as the client, with its department's rights on the task: the listener records it as the signer
      engine.getFormService().submitTaskForm(open.getId(), form);
    } catch (FormValidationException invalid) {
      throw RegulatorCaller.invalid(invalid, Map.of("note", "signForNote"));
    } catch (AuthorizationException refused) {
      throw ApiException.forbidden("无权签收办件 " + caseNumber + "：" + refused.getMessage());
    }
    return ResponseEntity.ok(callers.asSystem(() -> dispatches.of(caller.group(), caseNumber, false)).orElseThrow());
  }

  private static ApiException notDispatched(String caseNumber) {
    return ApiException.notFound("DISPATCH_NOT_FOUND", "办件 " + caseNumber + " 的审批结果尚未推送本部门");
  }
}
