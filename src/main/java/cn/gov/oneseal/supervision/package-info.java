/**
 * 电子监察: yellow and red cards from the stages' deadlines, 公示逾期 cards for publications (双公示) the credit
 * platform did not acknowledge in time (through {@link cn.gov.oneseal.supervision.LatePublications}, implemented by
 * the publishing feature), the supervisors' 督办 tasks, statistics and the Cockpit dashboard.
 */
package cn.gov.oneseal.supervision;
