package cn.gov.oneseal.survey;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.form.FormInput;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 联合现场勘验: the survey lead records the visit — the date, the staff on site (at least two,
 * Licensing Law art. 34), the findings and the result (pass / fail).
 */
@Component("surveyFindingsListener")
public class SurveyFindingsListener implements TaskListener {

  public static final String PASS = "pass";
  public static final String FAIL = "fail";
  static final Map<String, String> CHOICES = Map.of(PASS, "合格", FAIL, "不合格");

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;

  public SurveyFindingsListener(CaseRecorder recorder, CaseFiles caseFiles) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String result = in.choice("surveyResult", "勘验结论", CHOICES);
    in.date("surveyDate", "勘验日期");
    String staff = in.text("surveyStaff", "现场勘验人员", 500);
    if (staff != null && Arrays.stream(staff.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).count() < 2) {
      in.reject("surveyStaff", "TOO_FEW", "现场勘验人员须至少两名（以顿号或逗号分隔）");
    }
    String findings = in.text("surveyFindings", "勘验情况", 4000);
    in.validate();
    recorder.opinion(task, "survey", result, "勘验人员：" + staff + "；" + findings);
    caseFiles.status(CaseRecorder.caseNumber(task), CaseStatus.SURVEYED);
  }
}
