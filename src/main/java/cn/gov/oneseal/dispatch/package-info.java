/**
 * 推送监管: a decision, revocation or wrong-approval answer posted to the regulator's system, and the regulator's
 * sign-for.
 */
package cn.gov.oneseal.dispatch;
