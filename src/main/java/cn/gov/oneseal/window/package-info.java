/**
 * What the window records on a case's behalf while it waits: corrections, supplements, a rectification report, a
 * 陈述申辩, a higher organ's decision — correlated by the system.
 */
package cn.gov.oneseal.window;
