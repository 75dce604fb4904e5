package cn.gov.oneseal.notice;

/**
 * A document was issued to the case's applicant (a notice, a decision, the electronic licence), published in the
 * issuing step's transaction — a listener's work commits or rolls back with the step.
 *
 * @param verificationCode the code printed on it, with its document number the way to verify it
 */
public record NoticeIssued(Notice notice, String verificationCode) {
}
