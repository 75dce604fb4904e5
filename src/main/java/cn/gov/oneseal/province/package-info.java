/**
 * 省级政务服务平台: each case's milestones (收件, 受理 or 不予受理, 办结决定, 送达) reported to the province's
 * government-service platform through the outbox (channel PROVINCE, an HTTP JSON adapter), the reports' own state
 * (pending, acknowledged, failed) in {@code province_report}, a nightly reconciliation with what the platform
 * acknowledged, the administrators' and supervisors' report, and, in the demo, a stub platform inside the application.
 * Hears of the milestones through the case file's events and of dead messages through the outbox's; nothing imports
 * it.
 */
package cn.gov.oneseal.province;
