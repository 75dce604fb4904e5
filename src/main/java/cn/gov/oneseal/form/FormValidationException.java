package cn.gov.oneseal.form;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task or start form submission that the server refuses. The engine's REST API (and so Tasklist)
 * answers a {@link FormFieldValidationException} with 400 and its message, whichever way the form
 * was skipped; nothing of the submission is stored because the transaction rolls back. The
 * field-level errors are the exception's detail.
 */
public class FormValidationException extends FormFieldValidationException {

  private final List<FieldError> errors;

  public FormValidationException(List<FieldError> errors) {
    super(List.copyOf(errors), "提交的表单有误 / invalid form: "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("；")));
    this.errors = List.copyOf(errors);
  }

  public static FormValidationException of(String field, String code, String message) {
    return new FormValidationException(List.of(new FieldError(field, code, message)));
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
