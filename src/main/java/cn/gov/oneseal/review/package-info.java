/**
 * 审查: the reviewer's opinion, special procedures (clock stops) and the extension request.
 */
package cn.gov.oneseal.review;
