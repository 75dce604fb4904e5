package cn.gov.oneseal.messaging;

import cn.gov.oneseal.outbox.OutboundChannel;
import cn.gov.oneseal.outbox.OutboxMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The outbox's SMS channel: each text through the provider {@code oneseal.sms.provider} names ({@link SmsProperties}),
 * with the template parameters the message keeps as its subject and the message's key.
 */
@Component
class SmsChannel implements OutboundChannel {

  private final SmsProperties properties;
  private final LoggingSmsGateway log;
  private final AliyunSmsGateway aliyun;
  private final ObjectMapper json;

  SmsChannel(SmsProperties properties, LoggingSmsGateway log, AliyunSmsGateway aliyun, ObjectMapper json) {
    this.properties = properties;
    this.log = log;
    this.aliyun = aliyun;
    this.json = json;
  }

  @Override
  public String name() {
    return ApplicantTexts.CHANNEL;
  }

  @Override
  public void send(OutboxMessage message) throws DeliveryFailure {
    SmsGateway gateway = switch (properties.getProvider()) {
      case NONE -> throw new DeliveryFailure("未配置短信网关（oneseal.sms.provider），短信未发送");
      case LOG -> log;
      case ALIYUN -> aliyun;
    };
    SmsText text;
    try {
      text = SmsText.fromParameters(json.readValue(message.subject(), new TypeReference<Map<String, String>>() { }));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new DeliveryFailure("短信的模板参数无法读取，短信未发送", e);
    }
    gateway.send(message.recipient(), text, message.key());
  }
}
