/**
 * The bureaus' electronic seals (一颗印章): keys and certificates, the seal's image, PAdES signing of the PDFs
 * ({@link cn.gov.oneseal.seal.PadesSigner}), the OFD seal (GB/T 38540, SM2/SM3). Owns no table. Foundation.
 */
package cn.gov.oneseal.seal;
