package cn.gov.oneseal.notice;

/**
 * A document was issued to the case's applicant (a notice, a decision, the electronic licence), published in the
 * issuing step's transaction — a listener's work commits or rolls back with the step.
 *
 * @param verificationCode the code printed on it, with its document number the way to verify it
 * @param actBy the date by which the document asks the applicant to act (补正, 补齐容缺材料, 整改, 陈述申辩, 领取证件),
 *     as printed on it (e.g. 2026年12月18日), or null when it asks nothing by a date
 */
public record NoticeIssued(Notice notice, String verificationCode, String actBy) {
}
