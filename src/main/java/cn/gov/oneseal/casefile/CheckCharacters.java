package cn.gov.oneseal.casefile;

/** Check characters of the project's own numbers (ISO 7064). */
public final class CheckCharacters {

  private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private CheckCharacters() {}

  /** ISO 7064 MOD 37,36 (hybrid) over digits and capital letters; returns one of 0-9A-Z. */
  public static char mod3736(String text) {
    int p = 36;
    for (char c : text.toCharArray()) {
      int value = ALPHANUMERIC.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("字符 " + c + " 不能参与校验");
      }
      int s = (p + value) % 36;
      if (s == 0) {
        s = 36;
      }
      p = (s * 2) % 37;
    }
    return ALPHANUMERIC.charAt((37 - p) % 36);
  }

  /** ISO 7064 MOD 11,10 (hybrid) over digits; returns a digit. */
  public static char mod1110(String digits) {
    int p = 10;
    for (char c : digits.toCharArray()) {
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("字符 " + c + " 不是数字");
      }
      int s = (p + (c - '0')) % 10;
      if (s == 0) {
        s = 10;
      }
      p = (s * 2) % 11;
    }
    return (char) ('0' + (11 - p) % 10);
  }
}
