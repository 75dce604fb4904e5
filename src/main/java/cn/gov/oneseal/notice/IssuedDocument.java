package cn.gov.oneseal.notice;

import java.time.OffsetDateTime;

/**
 * An issued notice as verification sees it: its document number and verification code (both printed on it; the code
 * is null for notices issued before numbers were printed), the case, the kind, when it was issued and the SHA-256 of
 * the stored bytes.
 */
public record IssuedDocument(long id, String documentNumber, String verificationCode, String caseNumber,
    NoticeKind kind, String fileName, String sha256, OffsetDateTime issuedAt) {}
