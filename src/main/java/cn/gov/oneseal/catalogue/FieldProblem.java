package cn.gov.oneseal.catalogue;

/**
 * One problem of an analyst's change to an item.
 *
 * @param field the entry's field as the catalogue file names it, e.g. {@code stageLimits.review},
 *     {@code materials[2].name}
 * @param code REQUIRED, INVALID_TYPE, TOO_LONG, NOT_EDITABLE, UNKNOWN_FIELD, or RULE (a rule of the catalogue)
 * @param message what to fix, in Chinese
 */
public record FieldProblem(String field, String code, String message) {}
