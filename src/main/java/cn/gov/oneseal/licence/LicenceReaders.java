package cn.gov.oneseal.licence;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads which licences: supervisors, auditors and administrators all; a regulator's officers the licences of the
 * items their department supervises.
 */
@Component
public class LicenceReaders {

  private final ItemCatalogue catalogue;
  private final CurrentUser currentUser;

  public LicenceReaders(ItemCatalogue catalogue, CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.currentUser = currentUser;
  }

  /** The codes of the items whose licences the calling officer reads. */
  public List<String> readableItems() {
    Authentication caller = currentUser.get();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    boolean all = currentUser.isAdmin(caller) || groups.contains(Role.SUPERVISOR.groupId())
        || groups.contains(Role.AUDITOR.groupId());
    return catalogue.all().stream().filter(item -> all || groups.contains(item.regulatorGroup()))
        .map(ApprovalItem::code).toList();
  }
}
