package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.PortalRequests.IDEMPOTENCY;
import static cn.gov.oneseal.portal.PortalRequests.KEY;
import static cn.gov.oneseal.portal.PortalRequests.KEY_TEXT;
import static cn.gov.oneseal.portal.PortalRequests.SECRET;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What the applicant sends later to a case that waits for it — 补正材料, 容缺补齐材料, the 整改 report — once per
 * idempotency key; the case is proven by its query code first (a wrong code is 404 even for a retry).
 */
@RestController
@RequestMapping(path = "/api/v1/applicant", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class LaterSubmissionController {

  private final LaterSubmissions submissions;
  private final ApplicantCases cases;
  private final IdempotentRequests idempotent;

  LaterSubmissionController(LaterSubmissions submissions, ApplicantCases cases, IdempotentRequests idempotent) {
    this.submissions = submissions;
    this.cases = cases;
    this.idempotent = idempotent;
  }

  @PostMapping(path = "/cases/{caseNumber}/corrections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "提交补正材料", description = "办件处于一次性告知补正后等待补正时：每个材料一个文件部分（部分名称为材料编码），"
      + "可附 note 说明。收到后窗口审查补正材料。")
  @ApiResponse(responseCode = "201", description = "已收到：{caseNumber, files: [{id, materialCode, sha256}], status}")
  @ApiResponse(responseCode = "400", description = "文件有误（逐字段）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件当前不在等待补正，或 Idempotency-Key 已用于其他内容",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> corrections(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @Parameter(description = KEY_TEXT) @RequestHeader(name = KEY, required = false) String key,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    return later(LaterSubmission.CORRECTIONS, caseNumber, secret, key, request);
  }

  @PostMapping(path = "/cases/{caseNumber}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "补齐容缺材料", description = "容缺受理后在补齐期限内提交欠缺的材料（部分名称为材料编码），可附 note；窗口审核。")
  @ApiResponse(responseCode = "201", description = "已收到")
  @ApiResponse(responseCode = "400", description = "文件有误（逐字段）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件当前不在等待补齐容缺材料，或 Idempotency-Key 已用于其他内容",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> supplements(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @Parameter(description = KEY_TEXT) @RequestHeader(name = KEY, required = false) String key,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    return later(LaterSubmission.SUPPLEMENTS, caseNumber, secret, key, request);
  }

  /** The rectification report. */
  public record RectificationReport(@Schema(description = "整改情况说明（必填，不超过 4000 字）") String report) {}

  @PostMapping(path = "/cases/{caseNumber}/survey-rectification", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "报告现场勘验整改完成", description = "现场勘验责令整改后，在整改期限内报告整改情况 {report}；恢复计时并安排复勘。")
  @ApiResponse(responseCode = "201", description = "已收到")
  @ApiResponse(responseCode = "400", description = "report 必填",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件当前不在等待整改，或 Idempotency-Key 已用于其他内容",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> rectification(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @Parameter(description = KEY_TEXT) @RequestHeader(name = KEY, required = false) String key,
      @RequestBody(required = false) RectificationReport body) {
    return later(LaterSubmission.RECTIFICATION, caseNumber, secret, key, body == null ? null : body.report(),
        Map.of());
  }

  private ResponseEntity<?> later(LaterSubmission kind, String caseNumber, String secret, String key,
      MultipartHttpServletRequest request) {
    Map<String, MultipartFile> files = new LinkedHashMap<>(request.getFileMap());
    MultipartFile notePart = files.remove("note");
    String note = request.getParameter("note");
    if (note == null && notePart != null) {
      note = PortalRequests.text(notePart);
    }
    return later(kind, caseNumber, secret, key, note, files);
  }

  /** A later submission, once per key (the case proven first: a wrong query code is 404 even for a retry). */
  private ResponseEntity<?> later(LaterSubmission kind, String caseNumber, String secret, String key, String note,
      Map<String, MultipartFile> files) {
    cases.requireCase(caseNumber, secret);
    return idempotent.run(IDEMPOTENCY, cases.caller(), key, kind.name() + ":" + caseNumber,
        IdempotentRequests.content(note == null ? "" : note, files),
        () -> PortalRequests.created(submissions.submit(kind, caseNumber, secret, note, files)));
  }
}
