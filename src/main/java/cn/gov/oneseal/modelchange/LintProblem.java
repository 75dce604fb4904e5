package cn.gov.oneseal.modelchange;

/**
 * One problem the model lint (src/lint/lint.mjs) found in a proposed model change.
 *
 * @param error true for an error (the change cannot be deployed as it is), false for a warning
 * @param file the file's name, as in {@link ModelLint#lint}'s {@code onlyFiles} (e.g. {@code FoodBusinessLicence.bpmn})
 * @param elementId the id of the element (BPMN element, form field, element template), or null for the whole file
 * @param rule the lint rule: {@code oneseal/...} for the bureau's own checks, else the @camunda/linting rule
 * @param message the Chinese text for the analyst, naming the element: {@code 元素 Gateway_Accepted（是否受理？）：…}
 */
public record LintProblem(boolean error, String file, String elementId, String rule, String message) {
}
