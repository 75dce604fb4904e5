/**
 * The item catalogue ({@code processes/catalogue.yaml}): the bureau's approval items, their limits, materials,
 * paths and regulators, checked at start-up. Foundation.
 */
package cn.gov.oneseal.catalogue;
