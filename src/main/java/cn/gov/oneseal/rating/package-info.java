/**
 * 好差评 and 回访: the follow-up call after delivery, the applicant's rating of the service and a bad rating's
 * rectification.
 */
package cn.gov.oneseal.rating;
