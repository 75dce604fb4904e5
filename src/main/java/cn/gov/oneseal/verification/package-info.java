/**
 * Verification for anyone (查验): the public page {@code /verify} and the anonymous, rate-limited API
 * {@code /api/v1/verification} — by document number and verification code, or by uploading a PDF or OFD — answer
 * which bureau issued the document, its kind, case, date and SHA-256, whether an upload is exactly what was issued,
 * the seal certificate's validity and, for a licence, its current state. Owns no table: it reads the notices
 * ({@code notice/NoticeStore}), the licence register and the seals.
 */
package cn.gov.oneseal.verification;
