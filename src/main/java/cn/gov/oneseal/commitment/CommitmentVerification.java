package cn.gov.oneseal.commitment;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.AsSystem;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 告知承诺的事后核查与撤销 ({@value #PROCESS}): started when a licence is granted on a commitment; the
 * regulator verifies within the item's limit; a licence not meeting the commitment is ordered to be
 * rectified (责令限期整改通知书) and re-verified; a false or unrectified commitment goes to the bureau
 * head, the licensee is told the facts and has {@value #RESPONSE_WORKING_DAYS} working days to
 * respond (撤销行政许可告知书), and a revocation changes the licence's status, produces the 撤销行政许可决定书,
 * writes a credit record that bars the next commitment, and goes to the regulator to sign for.
 *
 * <p>This bean starts the verification; each task has its listener: {@link VerifyCommitmentListener},
 * {@link ReverifyCommitmentListener}, {@link ApproveRevocationListener}, {@link DecideRevocationListener} and
 * {@link SignForRevocationListener}.
 */
@Component("commitmentVerification")
public class CommitmentVerification {

  public static final String PROCESS = ProcessKeys.COMMITMENT_VERIFICATION;
  public static final int RESPONSE_WORKING_DAYS = 5;

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final Commitments commitments;
  private final RuntimeService runtimeService;

  public CommitmentVerification(CaseFiles caseFiles, ItemCatalogue catalogue, WorkingDayCalendar calendar,
      Commitments commitments, RuntimeService runtimeService) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.commitments = commitments;
    this.runtimeService = runtimeService;
  }

  /**
   * A licence granted on the case's signed commitment: the commitment is marked granted and the
   * regulator's verification starts, due by the item's verification limit.
   */
  public void granted(String caseNumber, String caseSummary, String licenceNumber) {
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode());
    Date now = ClockUtil.getCurrentTime();
    // a verification period running into a year whose holiday notice is not loaded counts that year's statutory
    // holidays and says so; the task is recomputed when the notice is loaded
    WorkingDayCalendar.Deadline verification = calendar.due(now, item.commitment().verificationLimit());
    Date verificationDue = verification.due();
    commitments.granted(caseNumber, "准予行政许可，许可证 " + licenceNumber
        + (verification.provisional() ? "；核查期限 " + verification.day() + verification.note() : ""), now,
        verificationDue);
    var start = runtimeService.createProcessInstanceByKey(PROCESS).businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue(CaseVariables.CASE_NUMBER, caseNumber).putValue(CaseVariables.ITEM_CODE, item.code())
            .putValue(CaseVariables.ITEM_NAME, item.name()).putValue(CaseVariables.CASE_SUMMARY, caseSummary)
            .putValue(CaseVariables.LICENCE_NUMBER, licenceNumber).putValue(CaseVariables.REGULATOR_GROUP, item.regulatorGroup())
            .putValue(CaseVariables.VERIFICATION_DUE, verificationDue).putValue(CaseVariables.BUREAU_ID, file.bureauId()));
    AsSystem.run(start::execute);
  }
}
