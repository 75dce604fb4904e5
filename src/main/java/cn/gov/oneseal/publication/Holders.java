package cn.gov.oneseal.publication;

import cn.gov.oneseal.casefile.ApplicantIds;

/**
 * The licensee as the 行政许可信息 standard publishes it: its category (行政相对人类别) from its ID, and a natural
 * person's ID number masked — the 8 digits of the birth date (7th to 14th) replaced by *, so that the region code and
 * the last 4 characters stay to tell namesakes apart and the number cannot be read back (src/docs/publication.md,
 * "Masking"). A natural person's address is never published.
 */
final class Holders {

  /** 法人及非法人组织 (a 统一社会信用代码 other than 个体工商户's). */
  static final String ORGANISATION = "法人及非法人组织";
  /** 自然人 (a 公民身份号码). */
  static final String NATURAL_PERSON = "自然人";
  /** 个体工商户 (a 统一社会信用代码 with registration authority 9 and kind 2, GB 32100). */
  static final String INDIVIDUAL_BUSINESS = "个体工商户";
  /** 证件类型 of a natural person identified by a 公民身份号码. */
  static final String RESIDENT_ID_CARD = "身份证";

  private Holders() {
  }

  static String category(String idType, String id) {
    if (ApplicantIds.RESIDENT_ID.equals(idType)) {
      return NATURAL_PERSON;
    }
    return id != null && id.startsWith("92") ? INDIVIDUAL_BUSINESS : ORGANISATION;
  }

  /** The ID number as published: 110105********002X; anything not 18 characters long entirely hidden. */
  static String maskedIdNumber(String id) {
    if (id == null || id.length() != 18) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 6) + "********" + id.substring(14);
  }
}
