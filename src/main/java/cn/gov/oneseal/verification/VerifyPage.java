package cn.gov.oneseal.verification;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public verification page {@code /verify} (Chinese, no login): a form for the document number and verification
 * code — filled from {@code /verify?n=…&c=…}, the address printed on every document — and one to upload a file; the
 * page calls {@code /api/v1/verification} and shows the answer.
 */
@Hidden
@RestController
class VerifyPage {

  private final byte[] page;

  VerifyPage() throws IOException {
    try (InputStream in = new ClassPathResource("verification/verify.html").getInputStream()) {
      page = in.readAllBytes();
    }
  }

  @GetMapping(path = "/verify", produces = "text/html;charset=UTF-8")
  ResponseEntity<byte[]> page() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
        .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer").body(page);
  }
}
