package cn.gov.oneseal.commitment;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.credit.CreditKind;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.licence.LicenceDecided;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.notice.Remedies;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 作出撤销决定 ({@code Task_DecideRevocation} of {@value CommitmentVerification#PROCESS}): the bureau head
 * keeps the licence or revokes it; a revocation changes the licence's status, writes a credit record that
 * bars the applicant's next commitment, and produces the 撤销行政许可决定书 with the remedies.
 */
@Component("decideRevocationListener")
public class DecideRevocationListener implements TaskListener {

  static final Map<String, String> DECISION = FormChoices.options("Form_DecideRevocation", FormFields.REVOCATION_DECISION);

  private final CaseFiles caseFiles;
  private final CaseRecorder recorder;
  private final NoticeService notices;
  private final LicenceRegister licences;
  private final CreditRecords credit;
  private final Remedies remedies;
  private final Commitments commitments;

  private final ApplicationEventPublisher events;

  public DecideRevocationListener(CaseFiles caseFiles, CaseRecorder recorder, NoticeService notices,
      LicenceRegister licences, CreditRecords credit, Remedies remedies, Commitments commitments,
      ApplicationEventPublisher events) {
    this.events = events;
    this.caseFiles = caseFiles;
    this.recorder = recorder;
    this.notices = notices;
    this.licences = licences;
    this.credit = credit;
    this.remedies = remedies;
    this.commitments = commitments;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String decision = in.choice(FormFields.REVOCATION_DECISION);
    String opinion = in.text(FormFields.REVOCATION_OPINION, "理由", 4000);
    in.validate();
    String caseNumber = CaseRecorder.caseNumber(task);
    String officer = recorder.opinion(task, "revocation", decision, DECISION.get(decision) + "：" + opinion);
    if ("keep".equals(decision)) {
      commitments.status(caseNumber, CommitmentStatus.KEPT, "维持行政许可：" + opinion);
      return;
    }
    String grounds = (String) task.getVariable(CaseVariables.REVOCATION_GROUNDS);
    String licenceNumber = (String) task.getVariable(CaseVariables.LICENCE_NUMBER);
    licences.changeStatus(licenceNumber, LicenceStatus.REVOKED, "撤销行政许可（告知承诺不实）：" + grounds, officer);
    commitments.status(caseNumber, CommitmentStatus.REVOKED, "撤销行政许可：" + opinion);
    CaseFile file = caseFiles.get(caseNumber);
    credit.record(file.applicantId(), CreditKind.FALSE_COMMITMENT, "告知承诺不实，许可证 " + licenceNumber + " 被撤销："
        + grounds, caseNumber);
    Notice document = notices.issue(caseNumber, NoticeKind.REVOCATION, Map.of("grounds", grounds, "response",
        String.valueOf(task.getVariable(CaseVariables.REVOCATION_RESPONSE)), "opinion", opinion, "remedies", remedies.text()));
    events.publishEvent(new LicenceDecided(caseNumber, licenceNumber, LicenceStatus.REVOKED, document.title(),
        document.documentNumber(), WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime())));
  }
}
