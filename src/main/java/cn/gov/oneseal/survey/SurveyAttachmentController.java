package cn.gov.oneseal.survey;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
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
 * sheets (JPEG, PNG or PDF, up to 10 MB each) to the open survey round of a case; the lead's record lists
 * them, and every officer of the case's bureau can read them.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/survey/attachments")
public class SurveyAttachmentController {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final Set<String> TYPES = Set.of(MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
      MediaType.APPLICATION_PDF_VALUE);

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
  public ResponseEntity<?> upload(@PathVariable String caseNumber, @RequestParam(required = false) MultipartFile file)
      throws IOException {
    Authentication caller = currentUser.get();
    Optional<CaseFile> visible = visible(caller, caseNumber);
    if (visible.isEmpty()) {
      return notFound(caseNumber);
    }
    Optional<SiteSurveys.Survey> open = surveys.current(caseNumber).filter(s -> s.recordedAt() == null);
    if (open.isEmpty()) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("code", "NO_OPEN_SURVEY",
          "message", "办件 " + caseNumber + " 没有进行中的现场勘验，附件须在勘验记录归档前上传"));
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
    String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase();
    if (!TYPES.contains(type)) {
      return invalid(new FieldError("file", "INVALID_TYPE", "附件只能是 JPEG、PNG 图片或 PDF 文件"));
    }
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "附件"
        : file.getOriginalFilename();
    if (name.length() > 200) {
      return invalid(new FieldError("file", "TOO_LONG", "文件名不得超过 200 个字符"));
    }
    byte[] content = file.getBytes();
    String sha256 = sha256(content);
    long id = surveys.attach(open.get().id(), name, type, content, sha256, caller.getUserId());
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "fileName", name, "sha256", sha256,
        "round", open.get().round()));
  }

  @GetMapping(produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> list(@PathVariable String caseNumber) {
    if (visible(currentUser.get(), caseNumber).isEmpty()) {
      return notFound(caseNumber);
    }
    return ResponseEntity.ok(surveys.attachmentsOfCase(caseNumber));
  }

  @GetMapping("/{id}")
  public ResponseEntity<?> download(@PathVariable String caseNumber, @PathVariable long id) {
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
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", "CASE_NOT_FOUND", "message", "没有编号为 " + caseNumber + " 的办件"));
  }

  private static ResponseEntity<?> invalid(FieldError error) {
    return ResponseEntity.badRequest().body(Map.of("code", "INVALID", "message", error.message(),
        "errors", List.of(error)));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
