package cn.gov.oneseal.joint;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.process.CaseVariables;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 联办件: puts the departments' recorded opinions together for the lead's decision. */
@Component("collectOpinionsDelegate")
public class CollectOpinionsDelegate implements JavaDelegate {

  /** The departments' answers as the decider reads them: the opinion form's options, and an absent department's. */
  static final Map<String, String> LABELS = withDeemedAgreement();

  private final CaseFiles caseFiles;

  public CollectOpinionsDelegate(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    String summary = caseFiles.opinions(caseNumber).stream()
        .filter(o -> o.stage().equals("opinions"))
        .map(o -> "【" + LABELS.getOrDefault(o.decision(), o.decision()) + "】" + o.opinion())
        .collect(Collectors.joining("\n\n"));
    execution.setVariable(CaseVariables.DEPARTMENT_OPINIONS, summary);
    caseFiles.status(caseNumber, CaseStatus.OPINIONS_COLLECTED);
  }

  private static Map<String, String> withDeemedAgreement() {
    Map<String, String> labels = new java.util.LinkedHashMap<>(DepartmentOpinionListener.CHOICES);
    labels.put("deemedAgree", "视为同意");
    return java.util.Collections.unmodifiableMap(labels);
  }
}
