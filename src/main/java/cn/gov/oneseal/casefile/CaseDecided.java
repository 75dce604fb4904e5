package cn.gov.oneseal.casefile;

import java.time.OffsetDateTime;

/**
 * A case was decided (办结决定): {@code status} GRANTED, GRANT_HELD (granted, issued once the 容缺 supplements are
 * in) or DENIED, with the reasons of a denial. Published in the deciding transaction, after the clock stopped.
 */
public record CaseDecided(String caseNumber, String itemCode, String bureauId, CaseStatus status,
    OffsetDateTime decidedAt, String reasons) {}
