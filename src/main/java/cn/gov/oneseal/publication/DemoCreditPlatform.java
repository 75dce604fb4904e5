package cn.gov.oneseal.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo profile's stand-in for the credit platform, inside the application ({@code POST
 * /demo/credit-platform/publications}): checks the app key and the signature like the platform, logs each publication
 * and acknowledges it; a key it has taken is acknowledged again without a second entry (idempotency). Not present
 * outside the demo profile.
 */
@Hidden
@Profile("demo")
@RestController
class DemoCreditPlatform {

  static final String PATH = "/demo/credit-platform/publications";
  private static final Logger LOG = LoggerFactory.getLogger(DemoCreditPlatform.class);

  private final CreditPlatformProperties properties;
  private final ObjectMapper json;
  private final Map<String, String> taken = new ConcurrentHashMap<>();

  DemoCreditPlatform(CreditPlatformProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
  }

  @PostMapping(path = PATH, produces = "application/json;charset=UTF-8")
  ResponseEntity<Map<String, Object>> publication(@RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestHeader(name = "X-App-Key", required = false) String appKey,
      @RequestHeader(name = "X-Timestamp", required = false) String timestamp,
      @RequestHeader(name = "X-Signature", required = false) String signature, @RequestBody String body) {
    if (key == null || key.isBlank() || key.length() > 200) {
      return ResponseEntity.badRequest().body(Map.of("code", "NO_KEY", "message", "缺少 Idempotency-Key"));
    }
    if (appKey == null || !appKey.equals(properties.appKey()) || timestamp == null || signature == null
        || properties.appSecret() == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
        CreditPlatformChannel.signature(properties.appSecret(), timestamp, key, body).getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.status(401).body(Map.of("code", "UNAUTHORIZED", "message", "接入凭据或签名不正确"));
    }
    boolean duplicate = taken.putIfAbsent(key, key) != null;
    if (!duplicate) {
      JsonNode record;
      try {
        record = json.readTree(body).path("record");
      } catch (Exception e) {
        taken.remove(key);
        return ResponseEntity.badRequest().body(Map.of("code", "INVALID_BODY", "message", "请求体不是 JSON"));
      }
      LOG.info("信用平台（演示）收到双公示 {}：{} {} {} {}", key, record.path("XK_XDR_MC").asText(),
          record.path("XK_XKWS").asText(), record.path("XK_XKBH").asText(), record.path("XK_JDRQ").asText());
    }
    return ResponseEntity.ok(Map.of("code", "0", "message", duplicate ? "已接收（重复推送，未重复入库）" : "已接收",
        "duplicate", duplicate));
  }
}
