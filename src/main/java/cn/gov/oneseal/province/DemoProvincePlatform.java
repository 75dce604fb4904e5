package cn.gov.oneseal.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's stand-in for the provincial platform, inside the application and only under the {@code demo} profile
 * (src/docs/provincial-platform.md, "The demo stub"): it speaks the adapter's protocol — checks the app id and the
 * signature, acknowledges each report once per REPORT_ID (a second send, whatever its idempotency key, gets the
 * first acknowledgement back), and answers the reconciliation query from what it acknowledged. It keeps everything
 * in memory: a restart forgets, and the next reconciliation sends it all again.
 */
@RestController
@Profile("demo")
@RequestMapping(path = "/demo/province", produces = "application/json;charset=UTF-8")
class DemoProvincePlatform {

  private record Acknowledged(String ackId, OffsetDateTime milestoneAt) {}

  private final ProvinceProperties properties;
  private final ObjectMapper json;
  private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();

  DemoProvincePlatform(ProvinceProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
  }

  @PostMapping("/reports")
  ResponseEntity<Map<String, Object>> report(@RequestBody String body,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      @RequestHeader(value = "X-App-Id", required = false) String appId,
      @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
      @RequestHeader(value = "X-Signature", required = false) String signature) {
    if (!authentic(appId, timestamp, signature, body)) {
      return ResponseEntity.status(401).body(Map.of("acknowledged", false, "message", "应用标识或签名无效"));
    }
    String reportId;
    OffsetDateTime at;
    try {
      JsonNode report = json.readTree(body);
      reportId = report.path("REPORT_ID").asText("");
      at = OffsetDateTime.parse(report.path("MILESTONE_TIME").asText(""));
    } catch (IOException | DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("acknowledged", false, "message", "上报内容无效"));
    }
    if (key == null || key.isBlank() || reportId.isBlank()) {
      return ResponseEntity.badRequest().body(Map.of("acknowledged", false, "message", "缺少 Idempotency-Key 或 REPORT_ID"));
    }
    boolean known = acknowledged.containsKey(reportId);
    Acknowledged ack = acknowledged.computeIfAbsent(reportId,
        id -> new Acknowledged("DEMO-ACK-" + counter.incrementAndGet(), at));
    return ResponseEntity.ok(Map.of("acknowledged", true, "ackId", ack.ackId(), "reportId", reportId, "duplicate",
        known));
  }

  @GetMapping("/reports/acknowledged")
  ResponseEntity<Map<String, Object>> acknowledged(@RequestParam String from, @RequestParam String to,
      @RequestHeader(value = "X-App-Id", required = false) String appId,
      @RequestHeader(value = "X-Timestamp", required = false) String timestamp,
      @RequestHeader(value = "X-Signature", required = false) String signature) {
    // the adapter signs the query as it sent it: encoded by URLEncoder (no characters here that need more)
    String query = "from=" + java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8) + "&to="
        + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8);
    if (!authentic(appId, timestamp, signature, query)) {
      return ResponseEntity.status(401).body(Map.of("message", "应用标识或签名无效"));
    }
    OffsetDateTime start;
    OffsetDateTime end;
    try {
      start = OffsetDateTime.parse(from);
      end = OffsetDateTime.parse(to);
    } catch (DateTimeParseException e) {
      return ResponseEntity.badRequest().body(Map.of("message", "from、to 须为 ISO-8601 时间"));
    }
    List<String> ids = acknowledged.entrySet().stream()
        .filter(e -> !e.getValue().milestoneAt().isBefore(start) && e.getValue().milestoneAt().isBefore(end))
        .map(Map.Entry::getKey).sorted().toList();
    return ResponseEntity.ok(Map.of("reportIds", ids));
  }

  private boolean authentic(String appId, String timestamp, String signature, String content) {
    if (!properties.appId().equals(appId == null ? "" : appId)) {
      return false;
    }
    return properties.appSecret().isBlank() || signature != null && timestamp != null
        && signature.equals(ProvincePlatform.signature(properties.appSecret(), appId, timestamp, content));
  }
}
