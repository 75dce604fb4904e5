package cn.gov.oneseal.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SortedMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature, version 1.0: the parameters sorted by name, names and values percent-encoded
 * (only A–Z a–z 0–9 - _ . ~ literal, UTF-8), joined with &amp;; StringToSign = METHOD &amp; %2F &amp; encoded(that);
 * Signature = Base64(HMAC-SHA1(AccessKeySecret + "&amp;", StringToSign)).
 */
final class AliyunSignature {

  private AliyunSignature() {
  }

  static String sign(String method, SortedMap<String, String> parameters, String secret) {
    String stringToSign = method + "&" + encode("/") + "&" + encode(canonical(parameters));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /** The canonicalised query: sorted, encoded name=value pairs joined with &amp;. */
  static String canonical(SortedMap<String, String> parameters) {
    return parameters.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Percent-encoding with only the unreserved characters A–Z a–z 0–9 - _ . ~ literal. */
  static String encode(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.' || c == '~') {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
