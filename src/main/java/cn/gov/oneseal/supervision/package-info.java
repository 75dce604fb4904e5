/**
 * 电子监察: yellow and red cards from the stages' deadlines, the supervisors' 督办 tasks, statistics and the Cockpit
 * dashboard.
 */
package cn.gov.oneseal.supervision;
