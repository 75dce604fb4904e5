package cn.gov.oneseal.outbox;

/**
 * A way out of the bureau (e-mail, SMS, a platform), implemented by the feature that speaks to the receiver and found
 * by its {@link #name()}. {@link #send} is called after the causing step committed, possibly again for the same
 * message (a node stopped after sending and before recording it): the receiver is given the message's key.
 */
public interface OutboundChannel {

  /** The channel's name, as messages name it (upper case, at most 16 characters: EMAIL, SMS …). */
  String name();

  /**
   * Sends the message; returns when the receiver took it.
   *
   * @throws DeliveryFailure when it did not (the outbox tries again later)
   */
  void send(OutboxMessage message) throws DeliveryFailure;

  /** Why a message was not taken: a message the administrator reads (Chinese, no internals). */
  final class DeliveryFailure extends Exception {
    public DeliveryFailure(String message) {
      super(message);
    }

    public DeliveryFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
