package cn.gov.oneseal.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The file types a case keeps (PDF, JPEG, PNG): a file is taken as the type it declares only if its first bytes
 * are those of that type — a program or script renamed {@code .jpg} or sent as {@code image/jpeg} is refused.
 * Used for the applicant's materials and the site survey's attachments alike.
 */
public final class FileTypes {

  private static final Map<String, byte[]> SIGNATURES = Map.of(
      "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private FileTypes() {}

  /** The declared media type in lower case, without parameters ({@code image/JPEG; x=y} → {@code image/jpeg}). */
  public static String normalised(String declared) {
    return declared == null ? "" : declared.toLowerCase(Locale.ROOT).split(";")[0].strip();
  }

  /** Whether the declared type is one the bureau keeps and the content begins as files of that type do. */
  public static boolean matches(String declared, byte[] content) {
    byte[] signature = SIGNATURES.get(normalised(declared));
    return signature != null && content != null && content.length >= signature.length
        && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
  }
}
