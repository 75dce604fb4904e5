/**
 * The bureaus' electronic seals (行政审批专用章): each bureau's signing keys and certificates — from a PKCS#12 keystore
 * or a PKCS#11 device, or demo ones the {@code demo} profile creates — the earlier certificates that stay known after
 * a renewal, revocation, and the seal's image drawn from the bureau's name. Foundation: imports no feature package.
 */
package cn.gov.oneseal.seal;
