package cn.gov.oneseal.notice;

import cn.gov.oneseal.casefile.Counters;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The document number (文件编号) and verification code (验证码) printed on every notice: the number is the case number,
 * a hyphen and the document's two-digit sequence in its case ({@code 32050020260302C000001C-03}; a case's hundredth
 * document gets three digits); the code is 8 characters drawn with {@link SecureRandom} from 32 letters and digits
 * without the look-alikes 0, O, 1 and I (40 bits).
 */
@Component
public class DocumentNumbers {

  /** The code's alphabet: digits 2–9 and A–Z without I and O. */
  public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  public static final int CODE_LENGTH = 8;
  /** A document number as printed (the case number's letters and digits, a hyphen, the sequence). */
  public static final Pattern NUMBER = Pattern.compile("[0-9A-Z]{10,30}-[0-9]{2,4}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Counters counters;

  public DocumentNumbers(Counters counters) {
    this.counters = counters;
  }

  /** The next document number of a case (the counter's row lock serialises concurrent notices of one case). */
  public String next(String caseNumber) {
    return caseNumber + "-" + String.format("%02d", counters.next("doc-" + caseNumber));
  }

  public static String verificationCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
