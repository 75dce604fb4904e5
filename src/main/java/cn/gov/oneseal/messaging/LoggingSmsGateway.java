package cn.gov.oneseal.messaging;

import cn.gov.oneseal.outbox.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's SMS provider ({@code oneseal.sms.provider: LOG}): writes each text to the log (logger
 * {@code cn.gov.oneseal.messaging.sms}, one line: 短信 → the number masked, key, text) instead of sending it.
 */
@Component
class LoggingSmsGateway implements SmsGateway {

  private static final Logger LOG = LoggerFactory.getLogger("cn.gov.oneseal.messaging.sms");

  private final SmsProperties properties;

  LoggingSmsGateway(SmsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void send(String phone, SmsText text, String key) {
    LOG.info("短信 → {}（{}）：{}", Recipients.masked(phone), key, text.text(properties.getSignName()));
  }
}
