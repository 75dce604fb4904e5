/**
 * 告知承诺 after the grant: the regulator's verification of the commitment, rectification and revocation.
 */
package cn.gov.oneseal.commitment;
