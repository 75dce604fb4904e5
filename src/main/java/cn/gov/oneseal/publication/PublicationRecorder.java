package cn.gov.oneseal.publication;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.licence.LicenceDecided;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.notice.ElectronicLicences;
import cn.gov.oneseal.notice.LicenceData;
import cn.gov.oneseal.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the publication of a licensing decision in the deciding step's transaction ({@link LicenceDecided}): the
 * standard's fields from the case file, the licence register, the electronic licence's data and the issuing bureau;
 * its limit, the end of the 7th working day after the decision took effect (for a 容缺 grant: its issue, when the
 * supplements were accepted — nothing could be published before); and its push to the credit platform as an outbox
 * message (channel {@value CreditPlatformChannel#NAME}, key OneSeal-&lt;case&gt;-CREDIT-&lt;publication id&gt;).
 */
@Component
class PublicationRecorder {

  /** 双公示: within 7 working days of the decision (发改办财金〔2018〕424号). */
  static final int LIMIT_WORKING_DAYS = 7;
  /** 许可类别 of every item of the catalogue: 普通 (Licensing Law art. 12 (1)). */
  static final String LICENCE_CATEGORY = "普通";

  private final CaseFiles caseFiles;
  private final LicenceRegister register;
  private final ElectronicLicences electronicLicences;
  private final Bureaus bureaus;
  private final WorkingDayCalendar calendar;
  private final Publications publications;
  private final Outbox outbox;
  private final StandardFields standard;
  private final ObjectMapper json;

  PublicationRecorder(CaseFiles caseFiles, LicenceRegister register, ElectronicLicences electronicLicences,
      Bureaus bureaus, WorkingDayCalendar calendar, Publications publications, Outbox outbox, StandardFields standard,
      ObjectMapper json) {
    this.caseFiles = caseFiles;
    this.register = register;
    this.electronicLicences = electronicLicences;
    this.bureaus = bureaus;
    this.calendar = calendar;
    this.publications = publications;
    this.outbox = outbox;
    this.standard = standard;
    this.json = json;
  }

  /**
   * 许可决定日期: the day of the decision as its document states it — for a grant the decider's decision (a 容缺 grant
   * is decided before it is issued), for the others the day they were decided.
   */
  private static LocalDate decisionDay(PublicationAction action, CaseFile file, Date decided) {
    return action == PublicationAction.GRANT && file.decidedAt() != null
        ? file.decidedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate() : WorkingDayCalendar.dayOf(decided);
  }

  @EventListener
  void decided(LicenceDecided event) {
    CaseFile file = caseFiles.get(event.caseNumber());
    LicenceRegister.Licence licence = register.find(event.licenceNumber()).orElseThrow(() ->
        new IllegalStateException("许可证不存在: " + event.licenceNumber()));
    LicenceData data = electronicLicences.data(event.caseNumber()).orElseThrow();
    Bureau issuer = bureaus.of(licence.bureauId());
    PublicationAction action = PublicationAction.of(event.status());
    boolean person = Holders.NATURAL_PERSON.equals(Holders.category(file.applicantIdType(), file.applicantId()));
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    Date decided = Date.from(event.decidedAt().toInstant());
    String content = data.itemName() + (data.businessScope() == null ? "" : "（经营项目：" + data.businessScope() + "）");
    String remarks = action == PublicationAction.GRANT ? null
        : action.label() + "：见" + event.documentTitle() + "（" + event.documentNumber() + "）";
    Publication publication = new Publication(0, file.caseNumber(), issuer.id(), action, file.applicantName(),
        Holders.category(file.applicantIdType(), file.applicantId()), person ? null : file.applicantId(),
        person ? Holders.RESIDENT_ID_CARD : null, person ? Holders.maskedIdNumber(file.applicantId()) : null,
        event.documentTitle(), event.documentNumber(), LICENCE_CATEGORY, data.licenceName(), licence.licenceNumber(),
        content, decisionDay(action, file, decided), licence.issuedOn(), licence.validUntil(), issuer.name(),
        issuer.creditCode(), action.inForce() ? "1" : "2", remarks, now,
        WorkingDayCalendar.offsetOf(calendar.due(decided, LIMIT_WORKING_DAYS).due()), null, null);
    long id = publications.insert(publication);
    if (!action.inForce()) {
      // the licence's earlier rows (its grant, its changes) are no longer in force either: 当前状态 无效 on the list
      publications.noLongerInForce(licence.licenceNumber(), id);
    }
    String key = "OneSeal-" + file.caseNumber() + "-" + CreditPlatformChannel.NAME + "-" + id;
    publications.messageKey(id, key);
    String body;
    try {
      body = json.writeValueAsString(standard.message(key, publications.get(id).orElseThrow()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    outbox.enqueue(new Outbox.Message(key, CreditPlatformChannel.NAME, file.caseNumber(),
        CreditPlatformChannel.RECIPIENT, "双公示：" + action.label() + " " + licence.licenceNumber(), body, null));
  }
}
