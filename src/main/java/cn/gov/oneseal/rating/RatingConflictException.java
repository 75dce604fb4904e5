package cn.gov.oneseal.rating;

/** A rating the case cannot take (already rated, or not finished yet): HTTP 409. */
public class RatingConflictException extends RuntimeException {

  private final String code;

  public RatingConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
