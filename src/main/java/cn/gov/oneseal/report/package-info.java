/**
 * 上报件: forwarding the first examination to the higher organ and recording its decision.
 */
package cn.gov.oneseal.report;
