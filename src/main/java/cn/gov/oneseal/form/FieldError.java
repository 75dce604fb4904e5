package cn.gov.oneseal.form;

/**
 * One invalid field of a submission.
 *
 * @param field the form field key (= variable name)
 * @param code a machine-readable reason (REQUIRED, INVALID_CHOICE, INVALID_FORMAT, TOO_LONG, CONFLICT)
 * @param message what to fix, in Chinese
 */
public record FieldError(String field, String code, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
