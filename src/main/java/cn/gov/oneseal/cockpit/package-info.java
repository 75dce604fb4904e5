/**
 * What the bureau's Cockpit plugins share: the common assets and the read-only plugin resource.
 */
package cn.gov.oneseal.cockpit;
