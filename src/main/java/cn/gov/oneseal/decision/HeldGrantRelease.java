package cn.gov.oneseal.decision;

import cn.gov.oneseal.bureau.BureauTenants;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.intake.DeficiencyPledges;
import cn.gov.oneseal.intake.HeldResult;
import cn.gov.oneseal.notice.NoticeService;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 容缺 (domain §5): a grant decided while the supplements were awaited is issued when the window accepts them —
 * the licence number, the register entry and the 准予行政许可决定书 appear on that day, by the bureau that
 * decided, and the case moves on to delivery with its licence number. The decision keeps its own date and
 * decider; the licence is valid from the day of issue and the delivery deadline runs from it.
 */
@Component
public class HeldGrantRelease implements HeldResult {

  /** The decision of case_opinion that records the release. */
  public static final String RELEASED = "released";

  private final CaseFiles caseFiles;
  private final DeficiencyPledges pledges;
  private final Bureaus bureaus;
  private final BureauTenants tenants;
  private final GrantIssuer grants;

  public HeldGrantRelease(CaseFiles caseFiles, DeficiencyPledges pledges, Bureaus bureaus, BureauTenants tenants,
      GrantIssuer grants) {
    this.caseFiles = caseFiles;
    this.pledges = pledges;
    this.bureaus = bureaus;
    this.tenants = tenants;
    this.grants = grants;
  }

  @Override
  public Map<String, Object> release(String caseNumber, String acceptedBy) {
    CaseFile file = caseFiles.get(caseNumber);
    if (file.status() != CaseStatus.GRANT_HELD) {
      return Map.of();
    }
    String materials = pledges.find(caseNumber).map(DeficiencyPledges.Pledge::materials).orElse("");
    String decided = NoticeService.CHINESE_DATE.format(file.decidedAt().atZoneSameInstant(WorkingDayCalendar.ZONE));
    String decidingBureau = Optional.ofNullable(tenants.decidingBureau(file.itemCode())).orElse(file.bureauId());
    String licence = grants.issue(file, bureaus.of(decidingBureau), file.decidedBy(), "本申请系容缺受理，你（单位）已补齐补正"
        + "容缺材料（" + materials + "），经审核符合要求，本机关现出具本决定书。");
    caseFiles.recordOpinion(new Opinion(caseNumber, "decision", null, acceptedBy, RELEASED, "容缺材料已补齐并经审核符合要求，"
        + decided + "作出的准予许可决定发出：许可证 " + licence, CaseRecorder.now()));
    return Map.of("licenceNumber", licence);
  }
}
