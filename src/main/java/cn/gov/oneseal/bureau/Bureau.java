package cn.gov.oneseal.bureau;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * An approval bureau of the city (营口 seed: the city bureau and its county bureaus), one engine
 * tenant each. Its officers see only its own cases.
 *
 * @param id the tenant id (letters and digits)
 * @param name the bureau's Chinese name, printed on notices
 * @param regionCode its 6-digit 行政区划代码, the first part of its case and licence numbers
 * @param city whether this is the city bureau, which decides items delegated as 受理审核权下放
 * @param creditCode its 统一社会信用代码 (GB 32100), published with its licensing decisions (双公示 许可机关代码),
 *     or null when not configured
 */
public record Bureau(String id, String name, String regionCode, boolean city, String creditCode) {

  @ConstructorBinding
  public Bureau {
  }

  /** A bureau without a configured credit code. */
  public Bureau(String id, String name, String regionCode, boolean city) {
    this(id, name, regionCode, city, null);
  }
}
