/**
 * The bureaus' electronic seals (行政审批专用章, 一颗印章): each bureau's signing keys and certificates — from a PKCS#12
 * keystore or a PKCS#11 device, or demo ones the {@code demo} profile creates — the earlier certificates that stay
 * known after a renewal, revocation, and the seal's image drawn from the bureau's name; PAdES signing of the PDFs
 * ({@link cn.gov.oneseal.seal.PadesSigner}); the electronic licence as OFD sealed to GB/T 38540 (SM2/SM3). Owns no
 * table. Foundation: imports no feature package.
 */
package cn.gov.oneseal.seal;
