package cn.gov.oneseal.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of a verification, in Chinese for the page: the result, the verdict the page shows large, the issued
 * document's facts (as printed on it), the licence's current state (a granted licence only) and the seals found.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VerificationAnswer", title = "查验结果")
public record VerificationAnswer(
    @Schema(description = "ISSUED（按文件编号与验证码查到）、INTACT（与签发文件一致）、ALTERED（已被篡改）、UNKNOWN（不是本系统签发的文件）")
    String result,
    @Schema(description = "结果的中文说明", example = "与签发文件一致") String resultText,
    @Schema(description = "页面上醒目显示的结论：有效、已撤销、已注销、已变更、已被篡改、未知", example = "有效") String verdict,
    @Schema(description = "一句话说明") String message,
    @Schema(description = "签发的文件（ALTERED 时只有文件编号与签发机关）") Document document,
    @Schema(description = "准予行政许可决定书所载许可证的当前状态") Licence licence,
    @Schema(description = "文件中的电子签章（上传的文件，或按编号查验时签发存档的文件）") List<Seal> seals,
    @Schema(description = "电子签章的总体说明", example = "电子签章有效") String sealText) {

  /** An issued document's facts, as printed on it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Document(String documentNumber, String bureau, String kind, String kindName, String caseNumber,
      LocalDate issuedOn, String issuedOnText, String sha256) {}

  /** A granted licence and its current state in the register (holder as printed on the decision). */
  public record Licence(String licenceNumber, String holderName, LocalDate validUntil, String status,
      String statusText, LocalDate statusChangedOn) {}

  /** One signature in a PDF, or one electronic seal signature in an OFD: its signer certificate and what was found. */
  public record Seal(String subject, String issuer, String serialNumber, LocalDate notBefore, LocalDate notAfter,
      String signedAt, boolean signatureIntact, boolean coversWholeFile, boolean trusted, boolean revoked,
      boolean expired, String state) {}
}
