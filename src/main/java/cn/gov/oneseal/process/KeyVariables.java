package cn.gov.oneseal.process;

import java.util.Map;

/**
 * The key variables of a case: those whose changes steer it (the gateways' conditions) and the licence number, each
 * with the words an auditor reads it by. 办件历史 shows every change of these in a case's timeline, and the engine's
 * history keeps a row per change ({@code ACT_HI_DETAIL}) for these only ({@link KeyVariableHistory}): every other
 * variable keeps its historic instance (its last value) but no row per change, which nothing reads.
 */
public final class KeyVariables {

  /** Each key variable and its label in the timeline. */
  public static final Map<String, String> LABELS = Map.ofEntries(Map.entry(FormFields.INTAKE_DECISION, "受理决定"),
      Map.entry(FormFields.REVIEW_ACTION, "审查处理"), Map.entry(FormFields.REVIEW_RECOMMENDATION, "审查建议"),
      Map.entry(FormFields.DECISION, "审批决定"), Map.entry(FormFields.SURVEY_RESULT, "勘验结论"),
      Map.entry(CaseVariables.DEFICIENCY_PENDING, "容缺待补正"), Map.entry(FormFields.VERIFICATION_RESULT, "核查结论"),
      Map.entry(CaseVariables.LICENCE_NUMBER, "许可证编号"));

  private KeyVariables() {}

  /** Whether the variable of this name is a key variable. */
  public static boolean isKey(String variableName) {
    return variableName != null && LABELS.containsKey(variableName);
  }
}
