/**
 * 双公示: every licensing decision that the public is told of — a licence granted, changed, revoked or cancelled
 * ({@link cn.gov.oneseal.licence.LicenceDecided}) — is recorded with the fields of the national 行政许可信息 standard
 * (a natural person's ID number masked, no address), shown on the anonymous public list ({@code /publications},
 * {@code GET /api/v1/public/publications}) and pushed to the credit platform through the outbox (channel CREDIT);
 * a push not acknowledged within 7 working days of the decision raises an e-supervision card (it tells supervision
 * through {@link cn.gov.oneseal.supervision.LatePublications}). Owns {@code publication}. Denials are not published.
 */
package cn.gov.oneseal.publication;
