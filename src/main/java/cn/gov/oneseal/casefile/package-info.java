/**
 * The case file ({@code case_file}, opinions, materials, counters): case numbers and their check characters,
 * applicant ids, query codes, statuses; publishes a case's registration and closing. Foundation.
 */
package cn.gov.oneseal.casefile;
