package cn.gov.oneseal.verification;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 文件查验 for anyone, without a login and limited per client address ({@link cn.gov.oneseal.api.RateLimitFilter}):
 * {@code GET /api/v1/verification/{documentNumber}?code=} and {@code POST /api/v1/verification} (multipart,
 * {@code file}: a PDF or OFD of at most 10 MB).
 */
@RestController
@Tag(name = "文件查验")
@RequestMapping(path = "/api/v1/verification", produces = "application/json;charset=UTF-8")
public class PublicVerificationController {

  static final String NOT_FOUND = "查无此文件：请核对文件编号和验证码（均印在文件末尾的签章处）";

  private final DocumentVerification verification;

  PublicVerificationController(DocumentVerification verification) {
    this.verification = verification;
  }

  @GetMapping("/{documentNumber}")
  @Operation(summary = "按文件编号和验证码查验", description = """
      按文件上印的文件编号和验证码查验：签发机关、文件名称、办件编号、签发日期、SHA-256、电子签章，准予行政许可决定书另有\
      许可证的当前状态（有效、已撤销、已注销、已变更）。无需认证；每个网络地址每分钟最多 30 次。""")
  @ApiResponse(responseCode = "200", description = "查到的文件（result ISSUED）")
  @ApiResponse(responseCode = "404", description = "文件编号或验证码不对（DOCUMENT_NOT_FOUND，不说明是哪一个）")
  @ApiResponse(responseCode = "429", description = "查验过于频繁（TOO_MANY_REQUESTS，见 Retry-After）")
  public VerificationAnswer byNumber(
      @Parameter(description = "文件编号，如 32050020260302C000001C-03") @PathVariable String documentNumber,
      @Parameter(description = "验证码（8 位）") @RequestParam(required = false) String code) {
    return verification.byNumber(documentNumber, code)
        .orElseThrow(() -> ApiException.notFound("DOCUMENT_NOT_FOUND", NOT_FOUND));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传文件查验", description = """
      上传 PDF 或 OFD 文件（不超过 10 MB）：与本系统签发的文件逐字节一致（INTACT），自称是本系统签发的文件但内容不同\
      （ALTERED，已被篡改），或不是本系统签发的文件（UNKNOWN）；并报告 PDF 中电子签章的证书、有效期、是否由本系统印章证书\
      颁发机构签发、是否已吊销。无需认证；每个网络地址每分钟最多 30 次。""")
  @ApiResponse(responseCode = "200", description = "查验结果")
  @ApiResponse(responseCode = "400", description = "没有文件、文件是空的或不是 PDF/OFD（INVALID_FILE）")
  @ApiResponse(responseCode = "413", description = "文件超过 10 MB（TOO_LARGE）")
  @ApiResponse(responseCode = "429", description = "查验过于频繁（TOO_MANY_REQUESTS，见 Retry-After）")
  public ResponseEntity<?> byFile(@Parameter(description = "要查验的 PDF 或 OFD 文件") @RequestPart("file")
      MultipartFile file) throws IOException {
    if (file.getSize() > DocumentVerification.MAX_BYTES) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
          .body(new ApiError("TOO_LARGE", "文件过大：查验的文件不得超过 10 MB", null));
    }
    if (file.isEmpty()) {
      throw invalid("EMPTY", "上传的文件是空的");
    }
    byte[] content = file.getBytes();
    VerificationAnswer answer = verification.byFile(content, file.getOriginalFilename());
    if (!"INTACT".equals(answer.result()) && DocumentVerification.format(content) == DocumentVerification.Format.OTHER) {
      throw invalid("NOT_PDF_OR_OFD", "只能查验 PDF 或 OFD 文件：上传的文件两者都不是");
    }
    return ResponseEntity.ok(answer);
  }

  private static ApiException invalid(String code, String message) {
    return ApiException.invalid("INVALID_FILE", new FieldError("file", code, message));
  }
}
