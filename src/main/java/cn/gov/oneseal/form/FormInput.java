package cn.gov.oneseal.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the fields of a submitted form from the variables and collects every problem, so the
 * officer learns all of them at once. Call {@link #validate()} at the end. Read for a form
 * ({@link #of(VariableScope, String)}), a field's label and a choice's options come from that form
 * ({@link FormChoices}).
 */
public final class FormInput {

  private final VariableScope scope;
  private final String formId;
  private final List<FieldError> errors = new ArrayList<>();

  private FormInput(VariableScope scope, String formId) {
    this.scope = scope;
    this.formId = formId;
  }

  /** Values that come with no form (a message's variables): every label is the caller's. */
  public static FormInput of(VariableScope scope) {
    return new FormInput(scope, null);
  }

  /** The fields of the task's form (its {@code camunda:formRef}), named as that form names them. */
  public static FormInput of(DelegateTask task) {
    String form = task instanceof TaskEntity entity && entity.getTaskDefinition() != null
        && entity.getTaskDefinition().getCamundaFormDefinitionKey() != null
        ? entity.getTaskDefinition().getCamundaFormDefinitionKey().getExpressionText() : null;
    return new FormInput(task, form != null && FormChoices.all().containsKey(form) ? form : null);
  }

  /** The fields of the form with this id, named as the form names them. */
  public static FormInput of(VariableScope scope, String formId) {
    if (!FormChoices.all().containsKey(formId)) {
      throw new IllegalArgumentException("no form " + formId);
    }
    return new FormInput(scope, formId);
  }

  /** A required text of the form, labelled as the form labels it. */
  public String text(String field, int maxLength) {
    return text(field, label(field), maxLength);
  }

  /** An optional text of the form. */
  public String optionalText(String field, int maxLength) {
    return optionalText(field, label(field), maxLength);
  }

  /** One of the options the form offers for the field. */
  public String choice(String field) {
    return choice(field, label(field), FormChoices.options(formId, field));
  }

  /** A required date of the form. */
  public LocalDate date(String field) {
    return date(field, label(field));
  }

  /** The values of a multi-value field of the form. */
  public List<String> values(String field) {
    return values(field, label(field));
  }

  /** The form's label of the field. */
  public String label(String field) {
    if (formId == null) {
      throw new IllegalStateException("read without a form: name the field's label");
    }
    return FormChoices.label(formId, field);
  }

  /** A required text of at most {@code maxLength} characters, trimmed; null when invalid. */
  public String text(String field, String label, int maxLength) {
    String value = optionalText(field, label, maxLength);
    if (value == null || value.isEmpty()) {
      if (errors.stream().noneMatch(e -> e.field().equals(field))) {
        errors.add(new FieldError(field, "REQUIRED", label + "必填"));
      }
      return null;
    }
    return value;
  }

  /** An optional text; null when absent. */
  public String optionalText(String field, String label, int maxLength) {
    Object raw = scope.getVariable(field);
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String s)) {
      errors.add(new FieldError(field, "INVALID_TYPE", label + "应为文本"));
      return null;
    }
    String value = s.strip();
    if (value.length() > maxLength) {
      errors.add(new FieldError(field, "TOO_LONG", label + "不能超过 " + maxLength + " 个字"));
      return null;
    }
    return value;
  }

  /** One of the allowed values (keys of {@code choices}, whose values are the Chinese labels). */
  public String choice(String field, String label, Map<String, String> choices) {
    Object raw = scope.getVariable(field);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "REQUIRED", "请选择" + label));
      return null;
    }
    if (!(raw instanceof String s) || !choices.containsKey(s)) {
      errors.add(new FieldError(field, "INVALID_CHOICE",
          label + "只能是：" + String.join("、", choices.values())));
      return null;
    }
    return s;
  }

  /** A checkbox that must be ticked. */
  public boolean confirmed(String field, String message) {
    Object raw = scope.getVariable(field);
    if (!Boolean.TRUE.equals(raw)) {
      errors.add(new FieldError(field, "REQUIRED", message));
      return false;
    }
    return true;
  }

  /** A required date (form date fields arrive as "YYYY-MM-DD" strings). */
  public LocalDate date(String field, String label) {
    String text = text(field, label, 30);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "INVALID_FORMAT", label + "不是有效日期（YYYY-MM-DD）"));
      return null;
    }
  }

  /** The values of a multi-value field (checklist, taglist): a JSON array or a collection of texts. */
  public List<String> values(String field, String label) {
    Object raw = scope.getVariable(field);
    List<String> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    if (raw instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode element : json.elements()) {
        values.add(element.isString() ? element.stringValue() : element.toString());
      }
    } else if (raw instanceof Collection<?> collection) {
      collection.forEach(v -> values.add(String.valueOf(v)));
    } else if (raw instanceof String s && s.startsWith("[")) {
      values.addAll(org.camunda.spin.Spin.JSON(s).elements().stream()
          .map(e -> e.isString() ? e.stringValue() : e.toString()).toList());
    } else {
      errors.add(new FieldError(field, "INVALID_TYPE", label + "应为多选列表"));
    }
    return values;
  }

  public void reject(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public void validate() {
    if (!errors.isEmpty()) {
      throw new FormValidationException(errors);
    }
  }
}
