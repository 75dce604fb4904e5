package cn.gov.oneseal.casefile;

import java.time.OffsetDateTime;

/** When a case reached each of its steps (null: not, or not yet), with where it stands. */
public record CaseDates(String caseNumber, CaseStatus status, OffsetDateTime receivedAt, OffsetDateTime acceptedAt,
    OffsetDateTime decidedAt, OffsetDateTime deliveredAt, OffsetDateTime closedAt) {
}
