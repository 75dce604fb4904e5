package cn.gov.oneseal.joint;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 联办件: one department's opinion (agree / disagree with reasons). The answer is recorded with the
 * case and taken off the variables, so the next department's form starts empty.
 */
@Component("departmentOpinionListener")
public class DepartmentOpinionListener implements TaskListener {

  public static final String DEPARTMENT = "department";
  static final Map<String, String> CHOICES = FormChoices.options("Form_GiveDepartmentOpinion",
      FormFields.DEPARTMENT_AGREES);

  private final CaseRecorder recorder;
  private final JointDepartments departments;

  public DepartmentOpinionListener(CaseRecorder recorder, JointDepartments departments) {
    this.recorder = recorder;
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String answer = in.choice(FormFields.DEPARTMENT_AGREES);
    String opinion = "disagree".equals(answer)
        ? in.text(FormFields.DEPARTMENT_OPINION, "不同意的理由", 4000)
        : in.optionalText(FormFields.DEPARTMENT_OPINION, 4000);
    in.validate();
    String name = departments.name(task.getExecution());
    recorder.opinion(task, "opinions", answer, name + "：" + (opinion == null || opinion.isEmpty() ? CHOICES.get(answer) : opinion));
    task.getExecution().removeVariable(FormFields.DEPARTMENT_AGREES);
    task.getExecution().removeVariable(FormFields.DEPARTMENT_OPINION);
  }
}
