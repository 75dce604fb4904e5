package cn.gov.oneseal.seal;

/** A document could not be sealed; it must not be issued unsigned. */
public class SealingException extends RuntimeException {

  public SealingException(String message) {
    super(message);
  }

  public SealingException(String message, Throwable cause) {
    super(message, cause);
  }
}
