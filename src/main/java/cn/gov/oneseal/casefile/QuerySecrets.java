package cn.gov.oneseal.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The applicant's query code (查询码): eight characters without look-alikes, issued at receipt and
 * printed on the 收件凭证; with the case number it opens the case's progress and notices to the
 * applicant. Only its SHA-256 is stored.
 */
@Component
public class QuerySecrets {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The code issued during {@link #capturing} on this thread (the portal answers it to the applicant). */
  private static final ThreadLocal<String[]> CAPTURE = new ThreadLocal<>();

  private final CaseFiles caseFiles;

  public QuerySecrets(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  /** A new query code: 8 characters, without look-alikes (also a complaint's, complaint/ComplaintFiling). */
  public static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** Issues a new code for the case and returns it (the only time it is seen in clear). */
  public String issue(String caseNumber) {
    String code = newCode();
    caseFiles.querySecretHash(caseNumber, Sha256.hex(code));
    String[] capture = CAPTURE.get();
    if (capture != null) {
      capture[0] = code;
    }
    return code;
  }

  /**
   * Runs the action (e.g. a case's registration by the portal) and returns the query code issued during it,
   * or null: the only way the code leaves the registration besides the printed 收件凭证.
   */
  public static String capturing(Runnable action) {
    return issuing(() -> {
      action.run();
      return null;
    }).querySecret();
  }

  /** What an action answered, and the query code issued during it (or null). */
  public record Issued<T>(T result, String querySecret) {}

  /** Runs the action (e.g. a case's registration by the portal): its answer and the query code issued during it. */
  public static <T> Issued<T> issuing(Supplier<T> action) {
    String[] capture = new String[1];
    String[] outer = CAPTURE.get();
    CAPTURE.set(capture);
    T result;
    try {
      result = action.get();
    } finally {
      if (outer == null) {
        CAPTURE.remove();
      } else {
        CAPTURE.set(outer);
      }
    }
    return new Issued<>(result, capture[0]);
  }

  public boolean matches(String caseNumber, String code) {
    if (code == null || code.isBlank()) {
      return false;
    }
    String stored = caseFiles.querySecretHash(caseNumber).orElse(null);
    return stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
        Sha256.hex(code.strip().toUpperCase()).getBytes(StandardCharsets.US_ASCII));
  }
}
