package cn.gov.oneseal.notice;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * 电子证照的结构化数据: a granted licence's data as printed on its electronic licence, its current state in the
 * register, and its documents (sealed PDF and OFD) with the number, verification code and address printed on each.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ElectronicLicence", title = "电子证照数据")
public record LicenceData(
    @Schema(description = "证照名称", example = "食品经营许可证") String licenceName,
    @Schema(description = "许可证编号") String licenceNumber,
    @Schema(description = "持证人") String holderName,
    @Schema(description = "持证人证件号码（统一社会信用代码或公民身份号码）") String holderId,
    @Schema(description = "许可事项编码") String itemCode,
    @Schema(description = "许可事项") String itemName,
    @Schema(description = "经营项目（有时）") String businessScope,
    @Schema(description = "场所地址（有时）") String premisesAddress,
    @Schema(description = "许可依据") String legalBasis,
    @Schema(description = "办件编号") String caseNumber,
    @Schema(description = "发证机关（加盖其电子印章）") String issuingBureau,
    @Schema(description = "发证日期（有效期起）") LocalDate issuedOn,
    @Schema(description = "有效期至（长期有效时为空）") LocalDate validUntil,
    @Schema(description = "当前状态：VALID、REVOKED、CHANGED、CANCELLED") String status,
    @Schema(description = "当前状态（中文）：有效、已撤销、已变更、已注销") String statusText,
    @Schema(description = "证照文件：盖章的 PDF 与 OFD（签发完成后才有，准予许可后片刻）") List<Document> documents) {

  /** One file of the electronic licence. */
  public record Document(
      @Schema(description = "文书编号，下载地址中用") long id,
      @Schema(description = "PDF 或 OFD") String format,
      @Schema(description = "文件编号（印在文件上）") String documentNumber,
      @Schema(description = "验证码（印在文件上）") String verificationCode,
      @Schema(description = "文件名") String fileName,
      @Schema(description = "SHA-256") String sha256,
      @Schema(description = "查验地址（文件上的二维码）") String verificationUrl) {}
}
