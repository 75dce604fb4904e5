package cn.gov.oneseal.form;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task or start form submission that the server refuses. Being a {@link BadUserRequestException},
 * the engine's REST API answers it with 400 and this message, and Tasklist shows the message in the
 * form; nothing of the submission is stored because the transaction rolls back.
 */
public class FormValidationException extends BadUserRequestException {

  private final List<FieldError> errors;

  public FormValidationException(List<FieldError> errors) {
    super("提交的表单有误 / invalid form: "
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
