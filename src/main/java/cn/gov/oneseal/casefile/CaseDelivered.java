package cn.gov.oneseal.casefile;

import java.time.OffsetDateTime;

/** A case's result was delivered (送达) to the applicant, by {@code method}: published in the delivering transaction. */
public record CaseDelivered(String caseNumber, String itemCode, String bureauId, OffsetDateTime deliveredAt,
    String method) {}
