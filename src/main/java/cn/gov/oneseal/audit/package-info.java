/**
 * 办件历史 in Cockpit: the auditors' search over running and finished cases and a case's whole timeline, read-only.
 */
package cn.gov.oneseal.audit;
