package cn.gov.oneseal.report;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 上报件: after the first examination the bureau forwards its opinion and all materials to the
 * higher organ (Licensing Law art. 35); the case then waits for that organ's decision.
 */
@Component("forwardToHigherOrganDelegate")
public class ForwardToHigherOrganDelegate implements JavaDelegate {

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;

  public ForwardToHigherOrganDelegate(CaseRecorder recorder, CaseFiles caseFiles, ItemCatalogue catalogue) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String higherOrgan = catalogue.get((String) execution.getVariable(Deadlines.ITEM_CODE)).higherOrgan();
    recorder.opinion(execution, "forward", "forwarded",
        "初审意见及全部申请材料已报送" + higherOrgan + "，等待其作出决定");
    caseFiles.status(execution.getProcessBusinessKey(), CaseStatus.FORWARDED);
  }
}
