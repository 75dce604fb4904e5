/**
 * Applicants' credit records (serious bad credit, false commitments, failed pledges) and their repair, read by the
 * path rules.
 */
package cn.gov.oneseal.credit;
