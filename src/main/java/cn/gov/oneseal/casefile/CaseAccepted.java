package cn.gov.oneseal.casefile;

import java.time.OffsetDateTime;

/**
 * A case was accepted (受理), at {@code acceptedAt} (the receipt date when deemed accepted): published in the
 * accepting transaction, after its statutory clock started.
 */
public record CaseAccepted(String caseNumber, String itemCode, String bureauId, OffsetDateTime acceptedAt) {}
