package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 须批前公示？ — {@code Gateway_PrePublicityRequired} in {@code Stage_Review} asks
 * {@code ${prePublicity.required(execution)}}: the item's catalogue entry (in the version the case runs under) has
 * {@code prePublicity} and the case has not been published yet (a review after a return from the decision does not
 * publish again).
 */
@Component("prePublicity")
public class PrePublicityItems {

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final PrePublicities publicities;

  PrePublicityItems(CaseFiles caseFiles, ItemCatalogue catalogue, PrePublicities publicities) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.publicities = publicities;
  }

  public boolean required(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    return rule(caseNumber).isPresent() && publicities.ofCase(caseNumber).isEmpty();
  }

  /** The 批前公示 the case's item asks for, if any. */
  Optional<PrePublicity> rule(String caseNumber) {
    Optional<CaseFile> file = caseFiles.find(caseNumber);
    return file.flatMap(f -> catalogue.find(f.itemCode()).map(now -> catalogue.get(f.itemCode(), f.catalogueVersion())))
        .flatMap(item -> item.prePublicity());
  }
}
