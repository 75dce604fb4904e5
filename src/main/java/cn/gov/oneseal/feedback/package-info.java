/**
 * 错误审批反馈 (Licensing Law art. 69): a regulator's report of a wrong approval, its investigation, the licensee's
 * 陈述申辩, the decision and the answer.
 */
package cn.gov.oneseal.feedback;
