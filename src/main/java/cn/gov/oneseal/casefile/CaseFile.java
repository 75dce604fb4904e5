package cn.gov.oneseal.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A case's business record (办件), kept in the project's own table and keyed by its number. {@code catalogueVersion}
 * is the version of its item's catalogue entry it was registered under: its limits, materials and 容缺 list.
 */
public record CaseFile(
    String caseNumber,
    String itemCode,
    String applicantName,
    String applicantIdType,
    String applicantId,
    String contactName,
    String contactPhone,
    String premisesAddress,
    String businessScope,
    CaseStatus status,
    OffsetDateTime receivedAt,
    String receivedBy,
    OffsetDateTime acceptedAt,
    OffsetDateTime promisedDue,
    OffsetDateTime statutoryDue,
    String decision,
    OffsetDateTime decidedAt,
    String decidedBy,
    String outcomeReasons,
    String remedies,
    String licenceNumber,
    LocalDate licenceValidUntil,
    OffsetDateTime deliveredAt,
    String deliveryMethod,
    OffsetDateTime signedForAt,
    String signedForBy,
    OffsetDateTime closedAt,
    String processInstanceId,
    String bureauId,
    Integer catalogueVersion) {}
