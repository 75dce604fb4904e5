package cn.gov.oneseal.messaging;

import cn.gov.oneseal.outbox.OutboundChannel.DeliveryFailure;

/** An SMS provider's way in: sends one text, given the outbox message's key as its idempotency key. */
interface SmsGateway {

  /** Returns when the provider took the text; {@link DeliveryFailure} (Chinese) when it did not. */
  void send(String phone, SmsText text, String key) throws DeliveryFailure;
}
