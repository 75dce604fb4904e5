package cn.gov.oneseal.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The provincial platform over HTTP (src/docs/provincial-platform.md, "Protocol"): {@code POST <base>/reports} with a
 * report, answered {@code {"acknowledged": true, "ackId": …}}; {@code GET <base>/reports/acknowledged?from=&to=},
 * answered {@code {"reportIds": […]}}. Every request carries X-App-Id, X-Timestamp and X-Signature (HMAC-SHA256 with
 * the secret over "app id \n timestamp \n body-or-query"), and a bearer token when one is configured. The address may
 * be pointed elsewhere at run time ({@link #pointAt}: the tests' stub servers).
 */
@Component
public class ProvincePlatform {

  /** The platform did not answer as it should: what went wrong, in Chinese, for the administrator. */
  static final class PlatformFailure extends Exception {
    PlatformFailure(String message) {
      super(message);
    }
  }

  /** The platform's acknowledgement of a report. */
  record Acknowledgement(String reportId, String ackId) {}

  private final ProvinceProperties properties;
  private final Environment environment;
  private final ObjectMapper json;
  private final HttpClient http;
  private volatile String override;

  ProvincePlatform(ProvinceProperties properties, Environment environment, ObjectMapper json) {
    this.properties = properties;
    this.environment = environment;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  /** Sends to {@code baseUrl} from now on (null: back to {@code oneseal.province.base-url}). */
  public void pointAt(String baseUrl) {
    this.override = baseUrl;
  }

  /** Posts the report under the message's key; returns the acknowledgement. */
  Acknowledgement submit(String messageKey, String body) throws PlatformFailure {
    URI uri = uri("/reports");
    HttpRequest request = signed(HttpRequest.newBuilder(uri), body).header("Idempotency-Key", messageKey)
        .header("Content-Type", "application/json;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    JsonNode answer = exchange(request);
    if (!answer.path("acknowledged").asBoolean(false) || answer.path("ackId").asText("").isBlank()) {
      throw new PlatformFailure("省级平台未确认接收：" + clip(answer.path("message").asText(answer.toString())));
    }
    return new Acknowledgement(answer.path("reportId").asText(null), answer.path("ackId").asText());
  }

  /** The ids of the reports the platform acknowledged whose milestone lies in [from, to). */
  Set<String> acknowledged(OffsetDateTime from, OffsetDateTime to) throws PlatformFailure {
    String query = "from=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8) + "&to="
        + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8);
    URI uri = uri("/reports/acknowledged?" + query);
    JsonNode answer = exchange(signed(HttpRequest.newBuilder(uri), query).GET().build());
    if (!answer.path("reportIds").isArray()) {
      throw new PlatformFailure("省级平台的对账回复缺少 reportIds");
    }
    Set<String> ids = new LinkedHashSet<>();
    answer.path("reportIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private JsonNode exchange(HttpRequest request) throws PlatformFailure {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.net.http.HttpTimeoutException e) {
      throw new PlatformFailure("省级平台无应答（超过 " + properties.timeout().toSeconds() + " 秒）");
    } catch (IOException e) {
      throw new PlatformFailure("无法连接省级平台（" + request.uri().getHost() + ":" + request.uri().getPort() + "）");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformFailure("发送被中断");
    }
    if (response.statusCode() / 100 != 2) {
      throw new PlatformFailure("省级平台回复 HTTP " + response.statusCode() + "：" + clip(response.body()));
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new PlatformFailure("省级平台的回复不是 JSON：" + clip(response.body()));
    }
  }

  private URI uri(String path) throws PlatformFailure {
    String base = override != null ? override : properties.baseUrl();
    if (base == null || base.isBlank()) {
      throw new PlatformFailure("未配置省级政务服务平台的地址（oneseal.province.base-url），未上报");
    }
    try {
      base = environment.resolveRequiredPlaceholders(base);
    } catch (IllegalArgumentException notYet) {
      throw new PlatformFailure("省级平台地址尚不可用：" + base);
    }
    URI uri = URI.create(base.replaceAll("/+$", "") + path);
    if (uri.getScheme() == null || !uri.getScheme().matches("https?")) {
      throw new PlatformFailure("oneseal.province.base-url 须为 http(s) 地址：" + base);
    }
    return uri;
  }

  private HttpRequest.Builder signed(HttpRequest.Builder request, String content) {
    String timestamp = Long.toString(System.currentTimeMillis());
    request.timeout(properties.timeout()).header("X-App-Id", properties.appId()).header("X-Timestamp", timestamp);
    if (!properties.appSecret().isBlank()) {
      request.header("X-Signature", signature(properties.appSecret(), properties.appId(), timestamp, content));
    }
    if (!properties.token().isBlank()) {
      request.header("Authorization", "Bearer " + properties.token());
    }
    return request;
  }

  /** HMAC-SHA256 (hex) with the secret over "appId\ntimestamp\ncontent". */
  static String signature(String secret, String appId, String timestamp, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((appId + "\n" + timestamp + "\n" + content)
          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String clip(String text) {
    return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
  }
}
