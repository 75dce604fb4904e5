package cn.gov.oneseal.notice;

import java.time.OffsetDateTime;

/** A stored notice (without its content), with the document number printed on it (null before numbers were). */
public record Notice(long id, String caseNumber, NoticeKind kind, String title, String fileName, String sha256,
    OffsetDateTime createdAt, String documentNumber) {}
