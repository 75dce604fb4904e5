package cn.gov.oneseal.bureau;

/**
 * An approval bureau of the city (营口 seed: the city bureau and its county bureaus), one engine
 * tenant each. Its officers see only its own cases.
 *
 * @param id the tenant id (letters and digits)
 * @param name the bureau's Chinese name, printed on notices
 * @param regionCode its 6-digit 行政区划代码, the first part of its case and licence numbers
 * @param city whether this is the city bureau, which decides items delegated as 受理审核权下放
 */
public record Bureau(String id, String name, String regionCode, boolean city) {}
