/**
 * 制证送达: the window's delivery of the result to the applicant.
 */
package cn.gov.oneseal.delivery;
