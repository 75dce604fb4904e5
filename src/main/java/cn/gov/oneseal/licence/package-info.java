/**
 * The licence register (licence numbers, validity, status and its history) that regulators read.
 */
package cn.gov.oneseal.licence;
