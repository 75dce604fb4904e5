package cn.gov.oneseal.catalogue;

/**
 * An analyst changed an item through the API: published inside the change's transaction, so that what must change
 * with it (the item's start form, catalogueadmin/ItemStartForms) is written with it or not at all.
 *
 * @param version the item's new version
 * @param before the item as it was
 * @param after the item as it is from this version
 */
public record CatalogueChanged(String code, int version, ApprovalItem before, ApprovalItem after) {

  /** Whether the item's material list changed (names, kinds, whether required, order): its start form shows it. */
  public boolean materialsChanged() {
    return !before.materials().equals(after.materials());
  }
}
