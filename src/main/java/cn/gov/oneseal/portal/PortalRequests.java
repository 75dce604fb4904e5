package cn.gov.oneseal.portal;

import cn.gov.oneseal.api.IdempotentRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the online hall's operations share: the headers (the query code, the idempotency key), how the portal uses
 * its keys, and reading a text part of a multipart request.
 */
final class PortalRequests {

  static final String SECRET = "X-Query-Secret";
  static final String KEY = IdempotentRequests.HEADER;
  static final String KEY_TEXT = "幂等键（1–100 个字符）：同一请求重试时使用同一个值，不会重复办理；同一个值用于内容不同的请求回答 409";
  /**
   * The portal's keys: required, used once per operation and case; a first answer says
   * {@code Idempotent-Replayed: false}.
   */
  static final IdempotentRequests.Policy IDEMPOTENCY = new IdempotentRequests.Policy(true, true,
      ApplicantCases.INVALID, "Idempotency-Key %1$s 已用于内容不同的另一请求；新的请求请使用新的 Idempotency-Key", true);

  private PortalRequests() {}

  static ResponseEntity<?> created(Object body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  /** A multipart part sent as a file rather than a field, read as UTF-8 text. */
  static String text(MultipartFile part) {
    try {
      return new String(part.getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
