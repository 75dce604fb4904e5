package cn.gov.oneseal.returning;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A stage's variables that came from the processes above it: the item's process, the decision stage. */
final class CaseLineage {

  private CaseLineage() {}

  /** The nearest value of the variable in the processes that called this one (not this one), or null. */
  static Object above(DelegateExecution execution, String variable) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    while (caller != null) {
      Object value = caller.getVariable(variable);
      if (value != null) {
        return value;
      }
      caller = caller.getProcessInstance().getSuperExecution();
    }
    return null;
  }

  /** Sets the variable on every process above this one that already has it (the case's own value changes). */
  static void replaceAbove(DelegateExecution execution, String variable, Object value) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    while (caller != null) {
      DelegateExecution instance = caller.getProcessInstance();
      if (instance.hasVariable(variable)) {
        instance.setVariable(variable, value);
      }
      caller = instance.getSuperExecution();
    }
  }
}
