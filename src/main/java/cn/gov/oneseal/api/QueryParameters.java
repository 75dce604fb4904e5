package cn.gov.oneseal.api;

import cn.gov.oneseal.form.FieldError;
import java.util.List;

/** Query parameters of the API read the same way everywhere (paging). */
public final class QueryParameters {

  private QueryParameters() {
  }

  /**
   * An integer query parameter between {@code min} and {@code max}: {@code fallback} when absent; otherwise null, with
   * a field error (OUT_OF_RANGE, {@code message}) added to {@code errors}.
   */
  public static Integer number(String raw, String field, int fallback, int min, int max, String message,
      List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(field, "OUT_OF_RANGE", message));
    return null;
  }
}
