package cn.gov.oneseal.seal;

/** A bureau without a usable seal outside the demo profile: the application does not start (never unsigned documents). */
public class SealConfigurationException extends IllegalStateException {

  public SealConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
