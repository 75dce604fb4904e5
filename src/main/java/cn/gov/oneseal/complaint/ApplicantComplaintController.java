package cn.gov.oneseal.complaint;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.QuerySecrets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * 投诉 in the online hall: the portal files a complaint for the complainant — about their case (its number with the
 * case's query code) or about the bureau's service without a case (with a contact) — and reads the answer and sends
 * the complainant's reply with the complaint's own number and query code (header {@code X-Query-Secret}; a wrong
 * code answers like an unknown complaint, 404).
 */
@RestController
@RequestMapping(path = "/api/v1/applicant/complaints", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = "basicAuth")
class ApplicantComplaintController {

  static final String SECRET = "X-Query-Secret";
  static final IdempotentRequests.Policy IDEMPOTENCY = new IdempotentRequests.Policy(true, true,
      ComplaintSubmissions.INVALID, "Idempotency-Key %1$s 已用于内容不同的另一请求；新的请求请使用新的 Idempotency-Key", true);
  /** The regulators' systems: the key optional, as on their other operations. */
  static final IdempotentRequests.Policy IDEMPOTENCY_OPTIONAL = new IdempotentRequests.Policy(false, true,
      ComplaintSubmissions.INVALID, "Idempotency-Key %1$s 已用于内容不同的另一请求；新的请求请使用新的 Idempotency-Key", false);
  static final String EXAMPLE = """
      {"caseNumber": "32050020250926C000001N", "kind": "DELAY", "facts": "材料齐全已受理十多天，一直显示审查中，打电话无人答复",
       "occurredOn": "2026-03-16", "officer": "王强", "step": "审查", "urgent": true,
       "complainant": {"name": "林晓", "phone": "13912345678", "email": "linxiao@example.cn"}}""";

  private final ComplaintSubmissions submissions;
  private final Complaints complaints;
  private final ComplaintReplies replies;
  private final ComplaintViews views;
  private final QuerySecrets secrets;
  private final CaseFiles caseFiles;
  private final IdempotentRequests idempotent;
  private final IdentityService identity;

  ApplicantComplaintController(ComplaintSubmissions submissions, Complaints complaints, ComplaintReplies replies,
      ComplaintViews views, QuerySecrets secrets, CaseFiles caseFiles, IdempotentRequests idempotent,
      IdentityService identity) {
    this.submissions = submissions;
    this.complaints = complaints;
    this.replies = replies;
    this.views = views;
    this.secrets = secrets;
    this.caseFiles = caseFiles;
    this.idempotent = idempotent;
    this.identity = identity;
  }

  @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "投诉（办件办理中或办结后，或未涉及办件）", description = """
      application/json（投诉内容），或 multipart/form-data：部分 `complaint`（投诉内容 JSON）加附件（PDF、JPEG 或 PNG，每个不超过 \
      10 MB，默认最多 5 个，部分名称任意）。

      投诉内容：`kind` 投诉类别 DELAY 拖延办理、超期未办｜RUNAROUND 推诿扯皮、让群众多次跑｜EXTRA_MATERIALS 索要法定以外的材料｜\
      ATTITUDE 服务态度｜FEE 不按规定收费｜OTHER 其他；`facts` 发生了什么（至多 2000 字）；`occurredOn` 发生日期（YYYY-MM-DD，不晚于今天）；\
      可选 `caseNumber` 涉及的办件（同时须提供该办件的查询码，请求头 X-Query-Secret）、`officer` 被投诉的工作人员（姓名或窗口号）、\
      `step` 涉及的环节、`urgent` 紧急（办件即将超期等）、`bureauId` 未涉及办件时投诉的行政审批局（省略为市局）；\
      `complainant` {`name`, `phone`, `email`}：须有姓名和电话或邮箱之一；本局允许匿名投诉时可设 `anonymous: true`，联系方式可不填。

      成功时回答投诉编号和 8 位查询码（只回答这一次，同一 Idempotency-Key 重试时原样再回答），凭二者查看进度和答复。\
      本局电子监察在登记期限内登记（默认 1 个工作日），调查人按期答复（默认登记后 5 个工作日，可延长一次），\
      答复同时以短信或邮件告知（oneseal.complaints，见 src/docs/complaints.md）。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object", example = EXAMPLE)))
  @ApiResponse(responseCode = "201",
      description = "已收到：{complaintNumber, querySecret, status, statusLabel, registrationDue}")
  @ApiResponse(responseCode = "400", description = "投诉有误：{code, message, errors: [{field, code, message}]}，"
      + "如 kind INVALID_CHOICE、occurredOn IN_FUTURE、complainant.phone REQUIRED、anonymous NOT_ALLOWED、"
      + "files.x INVALID_TYPE；"
      + "不写入任何数据", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "401", description = "涉及办件而未提供查询码")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确")
  public ResponseEntity<?> file(@Parameter(description = "涉及办件时该办件的查询码") @RequestHeader(name = SECRET,
      required = false) String caseSecret,
      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
      @Parameter(hidden = true) jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
    Map<String, MultipartFile> files = new TreeMap<>();
    String body;
    if (request instanceof MultipartHttpServletRequest multipart) {
      files.putAll(multipart.getFileMap());
      MultipartFile part = files.remove("complaint");
      body = part != null ? new String(part.getBytes(), StandardCharsets.UTF_8) : multipart.getParameter("complaint");
    } else {
      body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    CaseFile file = namedCase(body, caseSecret);
    String caller = identity.getCurrentAuthentication() == null ? "portal"
        : identity.getCurrentAuthentication().getUserId();
    return idempotent.run(IDEMPOTENCY, caller, key, "COMPLAINT", IdempotentRequests.content(body, files),
        () -> ResponseEntity.status(HttpStatus.CREATED)
            .body(submissions.file(body, files, ComplaintChannel.PORTAL, file, caller)));
  }

  @GetMapping("/{complaintNumber}")
  @Operation(summary = "查看投诉的进度与答复", description = "凭投诉编号和投诉的查询码（请求头 X-Query-Secret）。",
      security = {@SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "querySecret")})
  @ApiResponse(responseCode = "200", description = "投诉、进度、答复（调查结论与答复内容）、回复期限与复核结果")
  @ApiResponse(responseCode = "404", description = "投诉编号或查询码不正确")
  public ComplaintViews.ForComplainant view(@PathVariable String complaintNumber,
      @RequestHeader(name = SECRET, required = false) String secret) {
    return views.forComplainant(proven(complaintNumber, secret));
  }

  /** The complainant's reply: {@code accepted} true or false, {@code comment} (required when not accepted). */
  @Schema(name = "ComplaintReply", title = "对投诉答复的意见")
  record Reply(@Schema(description = "是否接受答复", implementation = Boolean.class) Object accepted,
      @Schema(description = "意见；不接受时必填，说明理由", implementation = String.class) Object comment) {}

  @PostMapping(path = "/{complaintNumber}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "告知是否接受投诉答复", description = "答复后、回复期限前一次。不接受的（须说明理由），由局负责人复核一次，复核结果同样告知。"
      + "需请求头 X-Query-Secret（投诉的查询码）。",
      security = {@SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "querySecret")})
  @ApiResponse(responseCode = "200", description = "已记录；回答投诉的现状")
  @ApiResponse(responseCode = "400", description = "accepted 或 comment 有误", content = @Content(
      schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "投诉编号或查询码不正确")
  @ApiResponse(responseCode = "409", description = "尚未答复或已回复过（NOT_AWAITING_REPLY）")
  public ComplaintViews.ForComplainant reply(@PathVariable String complaintNumber,
      @RequestHeader(name = SECRET, required = false) String secret, @RequestBody(required = false) Reply reply) {
    Complaint complaint = proven(complaintNumber, secret);
    Reply given = reply == null ? new Reply(null, null) : reply;
    replies.reply(complaint, given.accepted(), given.comment());
    return views.forComplainant(complaints.get(complaint.id()));
  }

  private Complaint proven(String number, String secret) {
    if (secret == null || secret.isBlank()) {
      throw ApiException.unauthorized("QUERY_SECRET_REQUIRED", "请提供投诉的查询码（X-Query-Secret）");
    }
    return complaints.proven(number, secret)
        .orElseThrow(() -> ApiException.notFound("NOT_FOUND", "投诉编号或查询码不正确"));
  }

  /** The case the complaint names, proven by its query code (no case: null). */
  private CaseFile namedCase(String body, String secret) {
    String caseNumber = submissions.caseNumberOf(body);
    if (caseNumber == null) {
      return null;
    }
    if (secret == null || secret.isBlank()) {
      throw ApiException.unauthorized("QUERY_SECRET_REQUIRED",
          "投诉涉及办件的，请提供该办件收件凭证上的查询码（X-Query-Secret）");
    }
    if (!secrets.matches(caseNumber, secret)) {
      throw ApiException.notFound("NOT_FOUND", "办件编号或查询码不正确");
    }
    return caseFiles.get(caseNumber);
  }
}
