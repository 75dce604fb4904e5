package cn.gov.oneseal.seal;

import java.util.List;

/**
 * What an electronic licence (电子证照) shows, as printed on its PDF and OFD documents: the licence and its holder,
 * the licensed scope line by line, the validity, the issuing bureau and date, and how to verify it (the verification
 * code and the address the QR code leads to).
 *
 * @param licenceNumber the licence number (许可证编号)
 * @param licenceName the licence's name, e.g. 食品经营许可证
 * @param holderName the holder (持证人), a person's or an organisation's name
 * @param holderId the holder's unified social credit code or identity document number, as printed
 * @param lines the licensed scope and items (许可范围/许可事项), one line of text each
 * @param validFrom first day of validity, as printed (e.g. 2026年12月06日)
 * @param validUntil last day of validity, as printed (长期 for a licence without end)
 * @param bureauName the issuing bureau, as on its seal
 * @param issuedDate the date of issue, as printed
 * @param verificationCode the verification code printed on the licence
 * @param verificationUrl the address the QR code leads to (the public verification page for this licence)
 */
public record LicenceDocument(String licenceNumber, String licenceName, String holderName, String holderId,
    List<String> lines, String validFrom, String validUntil, String bureauName, String issuedDate,
    String verificationCode, String verificationUrl) {

  public LicenceDocument {
    required(licenceNumber, "许可证编号");
    required(licenceName, "证照名称");
    required(holderName, "持证人");
    required(holderId, "持证人证件号码");
    required(validFrom, "有效期起始日");
    required(validUntil, "有效期截止日");
    required(bureauName, "发证机关");
    required(issuedDate, "发证日期");
    required(verificationCode, "验证码");
    required(verificationUrl, "核验地址");
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("电子证照缺少" + field);
    }
  }
}
