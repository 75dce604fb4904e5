package cn.gov.oneseal.intake;

import cn.gov.oneseal.intake.CommitmentAcceptance;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Tells the window, on the intake form ({@value #VARIABLE}), whether this applicant may take 告知承诺
 * for this item and, if not, why — before the officer chooses a path.
 */
@Component("commitmentEligibilityNote")
public class CommitmentEligibilityNote implements TaskListener {

  public static final String VARIABLE = "commitmentNote";

  private final CommitmentAcceptance commitment;
  private final CaseFiles caseFiles;

  public CommitmentEligibilityNote(CommitmentAcceptance commitment, CaseFiles caseFiles) {
    this.commitment = commitment;
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(VARIABLE, commitment.refusal(caseFiles.get(CaseRecorder.caseNumber(task)))
        .map(reason -> "本申请不适用告知承诺：" + reason + "（如申请人仍选择，按一般程序受理并书面告知）")
        .orElse("本申请可以适用告知承诺：申请人签署告知承诺书后当日作出决定"));
  }
}
