/**
 * The statutory clock of each case: its promised and statutory deadlines, stops and the extension, the stages' due
 * dates and yellow points, and their recomputation when the calendar changes.
 */
package cn.gov.oneseal.clock;
