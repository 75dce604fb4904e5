package cn.gov.oneseal.publication;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.outbox.OutboundChannel;
import cn.gov.oneseal.outbox.OutboxMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The outbox's channel to the credit platform ({@code oneseal.credit-platform.*}): {@code POST} of the message's body
 * (the standard's fields, {@link StandardFields}) as JSON with the headers {@code Idempotency-Key} (the message key,
 * also in the body), {@code X-App-Key}, {@code X-Timestamp} (milliseconds) and {@code X-Signature}: Base64 of
 * HMAC-SHA256 under the app secret over {@code timestamp + "\n" + key + "\n" + body}. A 2xx answer is the platform's
 * acknowledgement and is recorded on the publication (pushed_at); anything else fails the attempt.
 */
@Component
public class CreditPlatformChannel implements OutboundChannel {

  static final String NAME = "CREDIT";
  static final String RECIPIENT = "公共信用信息平台（信用中国）";

  private final CreditPlatformProperties properties;
  private final Publications publications;
  private final HttpClient http;
  private volatile String url;

  CreditPlatformChannel(CreditPlatformProperties properties, Publications publications) {
    this.properties = properties;
    this.publications = publications;
    this.url = properties.url();
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Points the channel at another endpoint from now (the tests' stub platform). */
  public void pointAt(String endpoint) {
    this.url = endpoint;
  }

  @Override
  public void send(OutboxMessage message) throws DeliveryFailure {
    if (!properties.enabled()) {
      throw new DeliveryFailure("未启用向信用平台推送双公示信息（oneseal.credit-platform.enabled），未推送");
    }
    String endpoint = url;
    if (endpoint == null || endpoint.isBlank()) {
      throw new DeliveryFailure("未配置信用平台地址（oneseal.credit-platform.url），未推送");
    }
    if (blank(properties.appKey()) || blank(properties.appSecret())) {
      throw new DeliveryFailure("未配置信用平台的接入凭据（oneseal.credit-platform.app-key / app-secret），未推送");
    }
    String timestamp = Long.toString(System.currentTimeMillis());
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(properties.timeout())
          .header("Content-Type", "application/json;charset=UTF-8")
          .header("Idempotency-Key", message.key())
          .header("X-App-Key", properties.appKey())
          .header("X-Timestamp", timestamp)
          .header("X-Signature", signature(properties.appSecret(), timestamp, message.key(), message.body()))
          .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8)).build();
    } catch (IllegalArgumentException e) {
      throw new DeliveryFailure("信用平台地址无效（oneseal.credit-platform.url）：" + endpoint);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailure("信用平台在 " + properties.timeout().toSeconds() + " 秒内未应答", e);
    } catch (IOException e) {
      throw new DeliveryFailure("无法连接信用平台（" + endpoint + "）", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("推送被中断", e);
    }
    if (response.statusCode() / 100 != 2) {
      String answer = response.body() == null ? "" : response.body().strip();
      throw new DeliveryFailure("信用平台未接收（HTTP " + response.statusCode() + "）"
          + (answer.isEmpty() ? "" : "：" + answer.substring(0, Math.min(200, answer.length()))));
    }
    publications.pushed(message.key(), WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()));
  }

  /** Base64 of HMAC-SHA256 under {@code secret} over timestamp, key and body, one per line. */
  static String signature(String secret, String timestamp, String key, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal((timestamp + "\n" + key + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
