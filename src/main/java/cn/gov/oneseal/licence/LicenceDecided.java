package cn.gov.oneseal.licence;

import java.time.OffsetDateTime;

/**
 * A licensing decision that the public is told of (双公示) took effect: a licence granted and issued (a 容缺 grant only
 * when its licence is issued), changed, revoked or cancelled — published by the step that made the decision, in its
 * transaction, after the licence register and the decision document (决定书) are written. Denials publish none.
 *
 * @param caseNumber the case the licence was granted in
 * @param licenceNumber the licence
 * @param status the licence's status by this decision: VALID for a grant, else CHANGED, REVOKED or CANCELLED
 * @param documentTitle the decision document's name, as issued (准予行政许可决定书 …)
 * @param documentNumber the decision document's number (文书号), as printed on it
 * @param decidedAt when the decision took effect (the document's issue)
 */
public record LicenceDecided(String caseNumber, String licenceNumber, LicenceStatus status, String documentTitle,
    String documentNumber, OffsetDateTime decidedAt) {
}
