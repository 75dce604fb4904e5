/**
 * 联合现场勘验: scheduling, the participants' findings, the lead's record, rectification and attachments.
 */
package cn.gov.oneseal.survey;
