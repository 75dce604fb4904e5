package cn.gov.oneseal.notice;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's written notices for the officers of its bureau: the list, and each PDF. HTTP Basic. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping("/api/v1/cases")
public class NoticeController {

  private final CaseFiles caseFiles;
  private final NoticeService notices;
  private final CurrentUser currentUser;

  public NoticeController(CaseFiles caseFiles, NoticeService notices, CurrentUser currentUser) {
    this.caseFiles = caseFiles;
    this.notices = notices;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/{caseNumber}/notices", produces = "application/json;charset=UTF-8")
  @Operation(summary = "办件的文书列表", description = "办件所属局的工作人员查看办件的全部书面文书（编号、种类、标题、SHA-256、出具时间、文件编号）。")
  @ApiResponse(responseCode = "200", description = "文书列表")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局（CASE_NOT_FOUND）")
  public ResponseEntity<?> list(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    return visible(caseNumber).<ResponseEntity<?>>map(file -> ResponseEntity.ok(notices.ofCase(caseNumber)))
        .orElseGet(() -> notFound(caseNumber));
  }

  @GetMapping("/{caseNumber}/notices/{id}")
  @Operation(summary = "下载办件的文书", description = "下载一份文书（PDF，响应头 X-Content-SHA256 为其 SHA-256）。")
  @ApiResponse(responseCode = "200", description = "文书 PDF")
  @ApiResponse(responseCode = "404", description = "办件或文书不存在（CASE_NOT_FOUND、NOTICE_NOT_FOUND）")
  public ResponseEntity<?> download(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @Parameter(description = "文书编号") @PathVariable long id) {
    if (visible(caseNumber).isEmpty()) {
      return notFound(caseNumber);
    }
    return notices.find(caseNumber, id).<ResponseEntity<?>>map(found -> pdf(found.getKey(), found.getValue()))
        .orElseThrow(() -> ApiException.notFound("NOTICE_NOT_FOUND", "办件 " + caseNumber + " 没有编号为 " + id + " 的文书"));
  }

  private Optional<CaseFile> visible(String caseNumber) {
    var caller = currentUser.get();
    return caseFiles.find(caseNumber).filter(file -> currentUser.sees(caller, file.bureauId()));
  }

  private static ResponseEntity<?> notFound(String caseNumber) {
    throw ApiException.caseNotFound(caseNumber);
  }

  public static ResponseEntity<byte[]> pdf(Notice notice, byte[] content) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(notice.fileName()).build()
            .toString())
        .header("X-Content-SHA256", notice.sha256()).body(content);
  }
}
