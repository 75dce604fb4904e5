package cn.gov.oneseal.copying;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 抄送 over the bureau's API, HTTP Basic as the officer. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1", produces = "application/json;charset=UTF-8")
public class CopyController {

  record CopyRequest(
      @Schema(implementation = String.class, description = "收件人用户 ID（与收件组二选一）", example = "head1") Object recipientUserId,
      @Schema(implementation = String.class, description = "收件组（与收件人二选一）：本局岗位组或本事项的监管部门组",
          example = "bureauHead") Object recipientGroupId,
      @Schema(implementation = String.class, description = "抄送说明（必填，不超过 500 字）", example = "请阅知")
      Object note) {}

  private final Copying copying;
  private final CurrentUser currentUser;

  public CopyController(Copying copying, CurrentUser currentUser) {
    this.copying = copying;
    this.currentUser = currentUser;
  }

  @PostMapping("/cases/{caseNumber}/copies")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "抄送办件", description = """
      办理过该办件的工作人员（曾为其任务的承办人或候选组成员）将办件抄送本局的同事或领导（一位用户，或本局的岗位组），\
      本事项的办件也可抄送其监管部门，须填写说明。收件人在“抄送我的”中阅读、标为已阅；抄送不授予办理该办件任务的权限。""")
  @ApiResponse(responseCode = "201", description = "已抄送", content = @Content(schema = @Schema(implementation = CaseCopy.class)))
  @ApiResponse(responseCode = "400", description = "收件人或说明有误，逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "调用方未办理过该办件，或收件人不属于本局、不是本事项的监管部门",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public CaseCopy send(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody(required = false) CopyRequest body) {
    CopyRequest request = body == null ? new CopyRequest(null, null, null) : body;
    return copying.send(currentUser.get(), caseNumber, text("recipientUserId", request.recipientUserId()),
        text("recipientGroupId", request.recipientGroupId()), text("note", request.note()));
  }

  @GetMapping("/cases/{caseNumber}/copy-recipients")
  @Operation(summary = "可抄送的收件人", description = """
      调用方可将该办件抄送给哪些人和组（与抄送时的规则相同）：本局岗位组中的同事和领导（含姓名），本局的岗位组，以及本事项的\
      监管部门组及其人员。只有可以抄送该办件的工作人员可以查看。""")
  @ApiResponse(responseCode = "200", description = "收件人和收件组",
      content = @Content(schema = @Schema(implementation = CopyRecipients.class)))
  @ApiResponse(responseCode = "403", description = "调用方未办理过该办件",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public CopyRecipients recipients(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    return copying.recipients(currentUser.get(), caseNumber);
  }

  @GetMapping("/copies")
  @Operation(summary = "抄送我的", description = "抄送给调用方或其所在组（所在局）的办件，新的在前，含是否已阅。")
  @ApiResponse(responseCode = "200", description = "抄送列表",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = CaseCopy.class))))
  public List<CaseCopy> mine() {
    return copying.mine(currentUser.get());
  }

  @GetMapping("/copies/{id}")
  @Operation(summary = "阅读一份抄送", description = "抄送及其办件的只读概况和办件历史，供收件人和抄送人查看。")
  @ApiResponse(responseCode = "200", description = "抄送与办件历史")
  @ApiResponse(responseCode = "404", description = "没有该抄送或不是抄送给调用方的",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Copying.CopyView view(@Parameter(description = "抄送 ID") @PathVariable long id) {
    return copying.view(currentUser.get(), id);
  }

  @GetMapping(path = "/copies/{id}/documents/{documentId}", produces = {"application/pdf", "application/ofd",
      "application/json;charset=UTF-8"})
  @Operation(summary = "下载抄送办件的文书", description = """
      抄送的收件人（及抄送人）下载该办件已出具的一份文书（阅读抄送时的 documents 所列），按出具时保存的原文件（响应头 \
      X-Content-SHA256 为其 SHA-256）。只读；仅限该抄送的办件。""")
  @ApiResponse(responseCode = "200", description = "文书文件")
  @ApiResponse(responseCode = "404", description = "没有该抄送、不是抄送给调用方的，或该办件没有这份文书",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<byte[]> document(@Parameter(description = "抄送 ID") @PathVariable long id,
      @Parameter(description = "文书 ID（documents 中的 id）") @PathVariable long documentId) {
    Map.Entry<Notice, byte[]> document = copying.document(currentUser.get(), id, documentId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(Copying.mediaType(document.getKey())))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.getKey().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", document.getKey().sha256()).body(document.getValue());
  }

  @PostMapping("/copies/{id}/read")
  @Operation(summary = "标为已阅", description = "收件人将抄送标为已阅（抄送给组时，由组内第一位标记者记为阅读人）；再次标记不改变首次阅读。")
  @ApiResponse(responseCode = "200", description = "已阅", content = @Content(schema = @Schema(implementation = CaseCopy.class)))
  @ApiResponse(responseCode = "404", description = "没有该抄送或不是抄送给调用方的",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public CaseCopy read(@Parameter(description = "抄送 ID") @PathVariable long id) {
    return copying.read(currentUser.get(), id);
  }

  @GetMapping("/cases/{caseNumber}/copies")
  @Operation(summary = "办件的抄送记录", description = "办件的全部抄送及是否已阅，供办理过该办件的工作人员、电子监察和审计人员查看。")
  @ApiResponse(responseCode = "200", description = "抄送记录",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = CaseCopy.class))))
  @ApiResponse(responseCode = "403", description = "调用方无权查看",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<CaseCopy> ofCase(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    return copying.ofCase(currentUser.get(), caseNumber);
  }

  private static String text(String field, Object value) {
    if (value != null && !(value instanceof String)) {
      throw ApiException.invalid("INVALID", new FieldError(field, "INVALID_TYPE", field + " 应为文本"));
    }
    return (String) value;
  }
}
