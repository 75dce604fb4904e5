package cn.gov.oneseal.survey;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.FileTypes;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 勘验附件 (资料共享): the survey lead and the invited participants upload photos, drawings and signed
 * sheets (JPEG, PNG or PDF by their content, up to 10 MB each) to the open survey round of a case; the lead's record lists
 * them, and every officer of the case's bureau can read them.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping("/api/v1/cases/{caseNumber}/survey/attachments")
public class SurveyAttachmentController {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  private final CaseFiles caseFiles;
  private final SiteSurveys surveys;
  private final CurrentUser currentUser;

  public SurveyAttachmentController(CaseFiles caseFiles, SiteSurveys surveys, CurrentUser currentUser) {
    this.caseFiles = caseFiles;
    this.surveys = surveys;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json;charset=UTF-8")
  @Transactional
  @Operation(summary = "上传现场勘验附件", description = """
      勘验组长和受邀参加方向进行中的勘验轮次上传照片、图纸、签字记录（multipart 字段 file，JPEG、PNG 或 PDF，按文件内容 \
      核对类型——声明的类型须与文件开头的字节一致；不超过 10 MB；保存 SHA-256）。""")
  @ApiResponse(responseCode = "201", description = "已上传：{id, fileName, sha256, round}")
  @ApiResponse(responseCode = "400", description = "未选文件、超过 10 MB、类型不符或内容与声明的类型不一致，逐字段说明")
  @ApiResponse(responseCode = "403", description = "不是勘验组长或本轮受邀参加方")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "没有进行中的勘验（NO_OPEN_SURVEY）")
  public ResponseEntity<?> upload(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(description = "附件（JPEG、PNG 或 PDF，不超过 10 MB）") @RequestParam(required = false) MultipartFile file)
      throws IOException {
    Authentication caller = currentUser.get();
    Optional<CaseFile> visible = visible(caller, caseNumber);
    if (visible.isEmpty()) {
      return notFound(caseNumber);
    }
    Optional<SiteSurveys.Survey> open = surveys.current(caseNumber).filter(s -> s.recordedAt() == null);
    if (open.isEmpty()) {
      throw ApiException.conflict("NO_OPEN_SURVEY",
          "办件 " + caseNumber + " 没有进行中的现场勘验，附件须在勘验记录归档前上传");
    }
    Set<String> allowed = new HashSet<>(open.get().participants());
    allowed.add(Role.SURVEY_LEAD.groupId());
    currentUser.requireAnyGroup(allowed, "上传本次勘验的附件（仅勘验组长和受邀参加方）");
    if (file == null || file.isEmpty()) {
      return invalid(new FieldError("file", "REQUIRED", "请选择要上传的文件"));
    }
    if (file.getSize() > MAX_BYTES) {
      return invalid(new FieldError("file", "TOO_LARGE", "单个附件不得超过 10 MB"));
    }
    String type = FileTypes.normalised(file.getContentType());
    byte[] content = file.getBytes();
    // judged by the content, as the portal's materials are: the declared type must be what the file's first bytes are
    if (!FileTypes.matches(type, content)) {
      return invalid(new FieldError("file", "INVALID_TYPE", "附件只能是 JPEG、PNG 图片或 PDF 文件（声明的类型须与文件内容一致）"));
    }
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "附件"
        : file.getOriginalFilename();
    if (name.length() > 200) {
      return invalid(new FieldError("file", "TOO_LONG", "文件名不得超过 200 个字符"));
    }
    String sha256 = Sha256.hex(content);
    long id = surveys.attach(open.get().id(), name, type, content, sha256, caller.getUserId());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "fileName", name, "sha256", sha256,
        "round", open.get().round()));
  }

  @GetMapping(produces = "application/json;charset=UTF-8")
  @Operation(summary = "现场勘验附件列表", description = "办件所属局的工作人员查看各轮勘验的附件。")
  @ApiResponse(responseCode = "200", description = "附件列表")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  public ResponseEntity<?> list(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    if (visible(currentUser.get(), caseNumber).isEmpty()) {
      return notFound(caseNumber);
    }
    return ResponseEntity.ok(surveys.attachmentsOfCase(caseNumber));
  }

  @GetMapping("/{id}")
  @Operation(summary = "下载现场勘验附件", description = "下载一份勘验附件（响应头 X-Content-SHA256 为其 SHA-256）。")
  @ApiResponse(responseCode = "200", description = "附件内容")
  @ApiResponse(responseCode = "404", description = "办件或附件不存在（ATTACHMENT_NOT_FOUND）")
  public ResponseEntity<?> download(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(description = "附件编号") @PathVariable long id) {
    if (visible(currentUser.get(), caseNumber).isEmpty()) {
      return notFound(caseNumber);
    }
    Optional<SiteSurveys.Attachment> attachment = surveys.attachmentsOfCase(caseNumber).stream()
        .filter(a -> a.id() == id).findFirst();
    Optional<byte[]> content = surveys.attachmentContent(caseNumber, id);
    if (attachment.isEmpty() || content.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of(
          "code", "ATTACHMENT_NOT_FOUND", "message", "办件 " + caseNumber + " 没有编号为 " + id + " 的勘验附件"));
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.get().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(attachment.get().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", attachment.get().sha256()).body(content.get());
  }

  private Optional<CaseFile> visible(Authentication caller, String caseNumber) {
    return caseFiles.find(caseNumber).filter(file -> currentUser.sees(caller, file.bureauId()));
  }

  private static ResponseEntity<?> notFound(String caseNumber) {
    throw ApiException.caseNotFound(caseNumber);
  }

  private static ResponseEntity<?> invalid(FieldError error) {
    throw ApiException.invalid(ApiException.INVALID_REQUEST, error);
  }
}
