package cn.gov.oneseal.modelchange;

import java.util.Optional;

/** The Camunda Forms JSON of a form, as in force now and as proposed by the change. */
public interface FormLookup {

  /** The form in force before the change; empty when there is none. */
  Optional<String> before(String formId);

  /** The form proposed by the change; empty when the change does not carry it. */
  Optional<String> after(String formId);

  /** A lookup that knows no forms: form contents are then not compared. */
  static FormLookup none() {
    return new FormLookup() {
      @Override
      public Optional<String> before(String formId) {
        return Optional.empty();
      }

      @Override
      public Optional<String> after(String formId) {
        return Optional.empty();
      }
    };
  }
}
