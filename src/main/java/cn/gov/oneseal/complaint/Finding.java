package cn.gov.oneseal.complaint;

import java.util.Arrays;
import java.util.Optional;

/** The investigation's conclusion (the form's 调查结论 offers the same codes). */
public enum Finding {
  founded("属实"),
  partlyFounded("部分属实"),
  unfounded("不属实");

  private final String label;

  Finding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether someone is held to account: founded or partly founded. */
  public boolean holdsToAccount() {
    return this != unfounded;
  }

  static Optional<Finding> of(String code) {
    return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
  }
}
