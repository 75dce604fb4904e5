package cn.gov.oneseal.licence;

import cn.gov.oneseal.casefile.CheckCharacters;
import cn.gov.oneseal.casefile.Counters;
import cn.gov.oneseal.catalogue.ApprovalItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Licence numbers: the item's prefix, one digit for the 主体业态 (1 食品销售, 2 餐饮服务, 3 单位食堂;
 * 1 for other items), the issuing bureau's 6-digit 行政区划代码, a 6-digit running number per prefix and
 * region, and a check digit — e.g. {@code JY13205000000012}. This follows the 14-digit structure of
 * 《食品经营许可和备案管理办法》 art. 27; the rule does not publish its check-digit algorithm, so the
 * bureau uses ISO 7064 MOD 11,10.
 */
@Component
public class LicenceNumbers {

  private static final Map<String, String> FORMAT_DIGIT = Map.of("FOOD_SALES", "1", "CATERING", "2", "CANTEEN", "3");

  private final Counters counters;

  public LicenceNumbers(Counters counters) {
    this.counters = counters;
  }

  /** The next licence number of an item issued by the bureau with {@code regionCode}. */
  public String next(ApprovalItem item, String businessScope, String regionCode) {
    long sequence = counters.next("licence-" + item.licencePrefix() + "-" + regionCode);
    if (sequence > 999_999) {
      throw new IllegalStateException("许可证编号已用尽: " + item.licencePrefix());
    }
    String digits = (businessScope == null ? "1" : FORMAT_DIGIT.getOrDefault(businessScope, "1")) + regionCode + String.format("%06d", sequence);
    return item.licencePrefix() + digits + CheckCharacters.mod1110(digits);
  }
}
