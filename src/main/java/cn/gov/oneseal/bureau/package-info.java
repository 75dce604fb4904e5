/**
 * The city bureau and its county bureaus, one engine tenant each: which bureau a case and its stages belong to,
 * and who heads it. Foundation.
 */
package cn.gov.oneseal.bureau;
