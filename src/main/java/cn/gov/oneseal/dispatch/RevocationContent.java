package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceRegister.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A licence revoked (告知承诺 not met or false): its status now and the revocation's grounds and time. */
@Component
class RevocationContent implements NotificationContent {

  private final CaseFiles caseFiles;
  private final LicenceRegister licences;

  RevocationContent(CaseFiles caseFiles, LicenceRegister licences) {
    this.caseFiles = caseFiles;
    this.licences = licences;
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.REVOCATION;
  }

  @Override
  public Map<String, Object> body(String caseNumber, Long reportId) {
    String licenceNumber = caseFiles.get(caseNumber).licenceNumber();
    List<Change> history = licences.history(licenceNumber);
    Change last = history.get(history.size() - 1);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("licenceStatus", licences.find(licenceNumber).orElseThrow().status().name());
    body.put("revokedAt", last.changedAt().toString());
    body.put("grounds", last.reason());
    return body;
  }
}
