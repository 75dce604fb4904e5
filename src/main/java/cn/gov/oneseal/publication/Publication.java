package cn.gov.oneseal.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One publication (双公示 of one licensing decision) as kept: the fields of the 行政许可信息 standard, nothing more
 * of the licensee (a natural person's ID number only masked), and its push to the credit platform.
 *
 * @param holderCategory 行政相对人类别
 * @param creditCode 行政相对人代码_1 (统一社会信用代码), null for a natural person
 * @param idType 证件类型 of a natural person, else null
 * @param maskedIdNumber 证件号码 of a natural person, masked, else null
 * @param licenceCategory 许可类别
 * @param statusCode 当前状态: 1 有效, 2 无效
 * @param dueAt the end of the 7th working day after the decision: the push is late after it
 * @param messageKey the key of its outbox message (the idempotency key the platform is given)
 * @param pushedAt when the credit platform acknowledged it, or null
 */
public record Publication(long id, String caseNumber, String bureauId, PublicationAction action, String holderName,
    String holderCategory, String creditCode, String idType, String maskedIdNumber, String documentName,
    String documentNumber, String licenceCategory, String licenceName, String licenceNumber, String content,
    LocalDate decidedOn, LocalDate validFrom, LocalDate validUntil, String issuerName, String issuerCreditCode,
    String statusCode, String remarks, OffsetDateTime publishedAt, OffsetDateTime dueAt, String messageKey,
    OffsetDateTime pushedAt) {
}
