package cn.gov.oneseal.notice;

import cn.gov.oneseal.casefile.QuerySecrets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's notices: with the case number and the query code printed on the 收件凭证 (header
 * {@code X-Query-Secret}) the applicant lists and downloads the case's notices. A wrong code and an
 * unknown case answer alike (404), so case numbers cannot be probed.
 */
@RestController
@RequestMapping("/api/v1/applicant/cases")
@Tag(name = "申请人")
@SecurityRequirement(name = "basicAuth")
public class ApplicantNoticeController {

  private final NoticeService notices;
  private final QuerySecrets secrets;
  private final ElectronicLicences licences;

  public ApplicantNoticeController(NoticeService notices, QuerySecrets secrets, ElectronicLicences licences) {
    this.notices = notices;
    this.secrets = secrets;
    this.licences = licences;
  }

  @GetMapping(path = "/{caseNumber}/licence", produces = "application/json;charset=UTF-8")
  @Operation(summary = "电子证照数据", description = """
      准予许可的办件的电子证照：证上所载数据（许可证编号、持证人、许可事项、发证机关、有效期等）、许可证当前状态（有效、已撤销、\
      已变更、已注销），以及盖章的 PDF 与 OFD 文件（文件编号、验证码、查验地址、下载用的文书编号）。""")
  @ApiResponse(responseCode = "200", description = "电子证照数据")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确（NOT_FOUND），或本办件没有准予许可的许可证（NO_LICENCE）")
  public ResponseEntity<?> licence(@PathVariable String caseNumber,
      @Parameter(description = "查询码（收件凭证上的 8 位字符）") @RequestHeader(name = "X-Query-Secret", required = false) String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      return notFound();
    }
    return licences.data(caseNumber).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("code", "NO_LICENCE", "message", "本办件没有准予许可的许可证")));
  }

  @GetMapping(path = "/{caseNumber}/notices", produces = "application/json;charset=UTF-8")
  @Operation(summary = "办件的全部文书（列表）", description = "收件凭证、受理通知书、决定书等：编号、种类、标题、文件名、SHA-256、制作时间。")
  @ApiResponse(responseCode = "200", description = "文书列表")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确")
  public ResponseEntity<?> list(@PathVariable String caseNumber,
      @Parameter(description = "查询码（收件凭证上的 8 位字符）") @RequestHeader(name = "X-Query-Secret", required = false) String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      return notFound();
    }
    return ResponseEntity.ok(notices.ofCase(caseNumber));
  }

  @GetMapping("/{caseNumber}/notices/{id}")
  @Operation(summary = "下载文书（PDF）", description = "盖章文书的 PDF，响应头 X-Content-SHA256 为存档时的 SHA-256。")
  @ApiResponse(responseCode = "200", description = "application/pdf")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确，或没有该文书")
  public ResponseEntity<?> download(@PathVariable String caseNumber, @PathVariable long id,
      @Parameter(description = "查询码（收件凭证上的 8 位字符）") @RequestHeader(name = "X-Query-Secret", required = false) String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      return notFound();
    }
    return notices.find(caseNumber, id)
        .<ResponseEntity<?>>map(found -> NoticeController.pdf(found.getKey(), found.getValue()))
        .orElseGet(ApplicantNoticeController::notFound);
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", "NOT_FOUND", "message", "办件编号或查询码不正确"));
  }
}
