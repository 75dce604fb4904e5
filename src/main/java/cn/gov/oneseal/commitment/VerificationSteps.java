package cn.gov.oneseal.commitment;

import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What the tasks of {@value CommitmentVerification#PROCESS} share: the regulator they name, and the way
 * from a verification finding to the revocation procedure.
 */
@Component
class VerificationSteps {

  private final ItemCatalogue catalogue;
  private final Commitments commitments;

  VerificationSteps(ItemCatalogue catalogue, Commitments commitments) {
    this.catalogue = catalogue;
    this.commitments = commitments;
  }

  /** The department that supervises the case's item (the verifier and the signer of a revocation). */
  String regulator(DelegateTask task) {
    return catalogue.get((String) task.getVariable(CaseVariables.ITEM_CODE)).regulatorDepartment();
  }

  /** A false or unrectified commitment: the grounds go to the bureau head, who decides on the revocation. */
  void toRevocation(DelegateTask task, String caseNumber, String grounds) {
    task.setVariable(CaseVariables.REVOCATION_GROUNDS, grounds);
    commitments.status(caseNumber, CommitmentStatus.REVOCATION_PENDING, grounds);
  }
}
