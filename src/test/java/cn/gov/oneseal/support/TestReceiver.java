package cn.gov.oneseal.support;

import cn.gov.oneseal.outbox.OutboundChannel;
import cn.gov.oneseal.outbox.OutboxMessage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A receiver at the other end of the outbox, in the tests' shared application (channel TEST): down or up as a test
 * says, and, like a receiver honouring the idempotency key, it counts every delivery that reached it by key. Part of
 * every {@link OneSealSpringTest} context, so that the outbox's tests need no context of their own (a second
 * application in the JVM would register its process engine as the default one, which the webapps and the REST API
 * of the shared one then use).
 */
public class TestReceiver implements OutboundChannel {

  public static final String CHANNEL = "TEST";

  private volatile boolean down;
  private final Map<String, Integer> deliveries = Collections.synchronizedMap(new LinkedHashMap<>());

  @Override
  public String name() {
    return CHANNEL;
  }

  @Override
  public void send(OutboxMessage message) throws DeliveryFailure {
    if (down) {
      throw new DeliveryFailure("接收方无应答（连接超时）");
    }
    deliveries.merge(message.key(), 1, Integer::sum);
  }

  public void down(boolean down) {
    this.down = down;
  }

  /** How many times the message with the key reached the receiver. */
  public int deliveries(String key) {
    return deliveries.getOrDefault(key, 0);
  }
}
