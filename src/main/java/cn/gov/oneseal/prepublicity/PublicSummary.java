package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.casefile.CaseFile;

/**
 * What a 批前公示 shows of a case: the item, the applicant as published — a legal person's name (统一社会信用代码
 * holders) in full, a natural person's name masked but for its first character — and the location of the project.
 * Nothing else of the case (no identifier, contact or case number) is published.
 */
final class PublicSummary {

  static final String RESIDENT_ID = "RESIDENT_ID";

  private PublicSummary() {}

  static String applicant(CaseFile file) {
    String name = file.applicantName() == null ? "" : file.applicantName().strip();
    if (!RESIDENT_ID.equals(file.applicantIdType()) || name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  static String title(CaseFile file, String itemName) {
    return applicant(file) + "申请" + itemName + "的设计方案批前公示";
  }

  static String location(CaseFile file) {
    return file.premisesAddress();
  }
}
