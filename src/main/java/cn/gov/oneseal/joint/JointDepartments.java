package cn.gov.oneseal.joint;

import cn.gov.oneseal.catalogue.ApprovalItem.Department;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The department of the current parallel opinion (the multi-instance element {@code department}). */
@Component
public class JointDepartments {

  private final ItemCatalogue catalogue;

  public JointDepartments(ItemCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String name(DelegateExecution execution) {
    String group = (String) execution.getVariable(DepartmentOpinionListener.DEPARTMENT);
    return catalogue.get((String) execution.getVariable(Deadlines.ITEM_CODE)).jointDepartments().stream()
        .filter(d -> d.group().equals(group)).map(Department::name).findFirst().orElse(group);
  }
}
