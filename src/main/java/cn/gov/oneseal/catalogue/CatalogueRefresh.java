package cn.gov.oneseal.catalogue;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node takes another node's catalogue change on its next refresh, every {@code oneseal.catalogue.refresh-interval}
 * (default 30 s, so within a minute): one small query for every item's latest version number. A case registered
 * meanwhile already runs under the new version ({@link ItemCatalogue#latest}).
 */
@Component
@EnableScheduling
class CatalogueRefresh {

  private final ItemCatalogue catalogue;

  CatalogueRefresh(ItemCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Scheduled(fixedDelayString = "${oneseal.catalogue.refresh-interval:PT30S}",
      initialDelayString = "${oneseal.catalogue.refresh-interval:PT30S}")
  void refresh() {
    catalogue.refresh();
  }
}
