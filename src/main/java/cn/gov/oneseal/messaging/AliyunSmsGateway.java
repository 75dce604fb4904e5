package cn.gov.oneseal.messaging;

import cn.gov.oneseal.outbox.OutboundChannel.DeliveryFailure;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * 阿里云短信服务 (dysmsapi, API version 2017-05-25): {@code SendSms} as an RPC-style GET signed with signature version
 * 1.0 ({@link AliyunSignature}), the text as one of the two configured templates with its parameters, the outbox
 * message's key as {@code OutId} (the provider's own field for the caller's serial number, returned in its delivery
 * receipts). The answer's {@code Code} OK means the provider took the text; any other code is a failure with the
 * provider's code and message. Configuration: {@link SmsProperties.Aliyun}.
 */
@Component
class AliyunSmsGateway implements SmsGateway {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  private final SmsProperties properties;
  private final ObjectMapper json;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  AliyunSmsGateway(SmsProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
  }

  @Override
  public void send(String phone, SmsText text, String key) throws DeliveryFailure {
    SmsProperties.Aliyun aliyun = properties.getAliyun();
    String template = text.aboutComplaint() ? aliyun.getTemplateComplaint()
        : text.asksByDate() ? aliyun.getTemplateNoticeDue() : aliyun.getTemplateNotice();
    if (blank(aliyun.getAccessKeyId()) || blank(aliyun.getAccessKeySecret()) || blank(template)
        || blank(aliyun.getEndpoint())) {
      throw new DeliveryFailure("阿里云短信未配置完整（oneseal.sms.aliyun 的 endpoint、access-key-id、access-key-secret、"
          + (text.aboutComplaint() ? "template-complaint"
              : text.asksByDate() ? "template-notice-due" : "template-notice")
          + "），短信未发送");
    }
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("AccessKeyId", aliyun.getAccessKeyId());
    parameters.put("Action", "SendSms");
    parameters.put("Format", "JSON");
    parameters.put("RegionId", aliyun.getRegionId());
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", UUID.randomUUID().toString());
    parameters.put("SignatureVersion", "1.0");
    // the provider checks the timestamp against its real clock (15 minutes), not against the engine's
    parameters.put("Timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    parameters.put("Version", "2017-05-25");
    parameters.put("PhoneNumbers", phone);
    parameters.put("SignName", properties.getSignName());
    parameters.put("TemplateCode", template);
    parameters.put("OutId", key);
    try {
      parameters.put("TemplateParam", json.writeValueAsString(text.parameters()));
    } catch (JsonProcessingException e) {
      throw new DeliveryFailure("短信模板参数无法生成", e);
    }
    String query = "Signature=" + AliyunSignature.encode(AliyunSignature.sign("GET", parameters,
        aliyun.getAccessKeySecret())) + "&" + AliyunSignature.canonical(parameters);
    String endpoint = aliyun.getEndpoint().endsWith("/") ? aliyun.getEndpoint() : aliyun.getEndpoint() + "/";
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?" + query)).timeout(aliyun.getTimeout())
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw new DeliveryFailure("短信平台无法连接（" + endpoint + "）", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("发送短信时被中断", e);
    }
    JsonNode answer;
    try {
      answer = json.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new DeliveryFailure("短信平台的回答无法读取（HTTP " + response.statusCode() + "）", e);
    }
    String code = answer.path("Code").asText("");
    if (!"OK".equals(code)) {
      throw new DeliveryFailure("短信平台未接收短信（HTTP " + response.statusCode() + "，" + code + "："
          + answer.path("Message").asText("无说明") + "）");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
