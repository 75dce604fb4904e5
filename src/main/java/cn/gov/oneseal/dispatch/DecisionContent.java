package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A dispatched decision: the case's status, when it was decided, the licence's validity, the premises. */
@Component
class DecisionContent implements NotificationContent {

  private final CaseFiles caseFiles;

  DecisionContent(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public NotificationKind kind() {
    return NotificationKind.DECISION;
  }

  @Override
  public Map<String, Object> body(String caseNumber, Long reportId) {
    CaseFile file = caseFiles.get(caseNumber);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", file.status().name());
    body.put("decidedAt", file.decidedAt() == null ? null : file.decidedAt().toString());
    body.put("licenceValidUntil", file.licenceValidUntil() == null ? null : file.licenceValidUntil().toString());
    body.put("premisesAddress", file.premisesAddress());
    return body;
  }
}
