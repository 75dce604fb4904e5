package cn.gov.oneseal.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Check characters of the identifiers applicants type: the 统一社会信用代码 (GB 32100-2015) of
 * organisations and the 公民身份号码 (GB 11643-1999) of persons.
 */
public final class ApplicantIds {

  public static final String USCC = "USCC";
  public static final String RESIDENT_ID = "RESIDENT_ID";

  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
      .withResolverStyle(ResolverStyle.STRICT);

  private ApplicantIds() {}

  /** Null when valid, otherwise what is wrong, in Chinese. */
  public static String checkUscc(String code) {
    if (code == null || code.length() != 18) {
      return "统一社会信用代码应为 18 位";
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = USCC_CHARS.indexOf(code.charAt(i));
      if (value < 0) {
        return "统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是允许的字符（不含 I、O、S、V、Z）";
      }
      sum += value * USCC_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    char expected = USCC_CHARS.charAt(check == 31 ? 0 : check);
    if (code.charAt(17) != expected) {
      return "统一社会信用代码校验码错误（第 18 位应为 " + expected + "）";
    }
    return null;
  }

  /** Null when valid, otherwise what is wrong, in Chinese. {@code today} bounds the birth date. */
  public static String checkResidentId(String id, LocalDate today) {
    if (id == null || !id.matches("\\d{17}[0-9X]")) {
      return "身份证号应为 17 位数字加 1 位校验码（数字或 X）";
    }
    LocalDate birth;
    try {
      birth = LocalDate.parse(id.substring(6, 14), BIRTH);
    } catch (DateTimeParseException e) {
      return "身份证号中的出生日期 " + id.substring(6, 14) + " 不是真实日期";
    }
    if (birth.isAfter(today)) {
      return "身份证号中的出生日期 " + birth + " 晚于今天";
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    char expected = ID_CHECK.charAt(sum % 11);
    if (id.charAt(17) != expected) {
      return "身份证号校验码错误（第 18 位应为 " + expected + "）";
    }
    return null;
  }
}
