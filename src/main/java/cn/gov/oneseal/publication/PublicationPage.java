package cn.gov.oneseal.publication;

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
 * The public page {@code /publications} (Chinese, no login): the 双公示 list with a search form (name, credit code,
 * licence number) and paging; the page calls {@code /api/v1/public/publications}.
 */
@Hidden
@RestController
class PublicationPage {

  private final byte[] page;

  PublicationPage() throws IOException {
    try (InputStream in = new ClassPathResource("publication/publications.html").getInputStream()) {
      page = in.readAllBytes();
    }
  }

  @GetMapping(path = "/publications", produces = "text/html;charset=UTF-8")
  ResponseEntity<byte[]> page() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
        .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer").body(page);
  }
}
