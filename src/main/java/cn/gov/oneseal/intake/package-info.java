/**
 * 受理: registering a case (收件), the window's intake decision, corrections, 容缺受理 and the supplements, 告知承诺 at
 * intake, the five-working-day rule.
 */
package cn.gov.oneseal.intake;
