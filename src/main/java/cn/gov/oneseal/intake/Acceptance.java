package cn.gov.oneseal.intake;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 受理: what accepting a case means, however it happens (the window's decision, the five-working-day
 * rule, an on-the-spot decision): the case is accepted at a moment, its clock starts, and — except for
 * an on-the-spot decision (no separate voucher) — the 受理通知书 is issued; an application deemed accepted
 * gets its own wording (视为受理 from the receipt date, Licensing Law art. 32).
 */
@Component
public class Acceptance {

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final ClockService clocks;
  private final NoticeService notices;

  public Acceptance(CaseFiles caseFiles, ItemCatalogue catalogue, ClockService clocks, NoticeService notices) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.clocks = clocks;
    this.notices = notices;
  }

  public void accept(String caseNumber, Date acceptedAt, boolean withNotice) {
    start(caseNumber, acceptedAt);
    if (withNotice) {
      notices.issue(caseNumber, NoticeKind.ACCEPTANCE, Map.of());
    }
  }

  /**
   * Licensing Law art. 32: no decision and no correction notice within five working days of receipt — the
   * application is accepted from the receipt date, and the 受理通知书 says so (视为受理).
   */
  public void deemed(String caseNumber) {
    CaseFile file = caseFiles.get(caseNumber);
    start(caseNumber, Date.from(file.receivedAt().toInstant()));
    notices.issue(caseNumber, NoticeKind.DEEMED_ACCEPTANCE, Map.of());
  }

  private void start(String caseNumber, Date acceptedAt) {
    CaseFile file = caseFiles.get(caseNumber);
    // the clock first: whoever hears of the acceptance (CaseAccepted) finds it running
    clocks.start(caseNumber, catalogue.get(file.itemCode(), file.catalogueVersion()), Date.from(file.receivedAt().toInstant()), acceptedAt);
    caseFiles.accepted(caseNumber, WorkingDayCalendar.offsetOf(acceptedAt));
  }
}
