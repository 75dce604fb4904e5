package cn.gov.oneseal.catalogue;

/**
 * One material of an item's list (申请材料).
 *
 * @param code code used by forms and the portal
 * @param name Chinese name as published in the service guide
 * @param main a main material (主要材料); secondary ones may be tolerated as missing
 * @param required whether every application must include it
 */
public record Material(String code, String name, boolean main, boolean required) {}
