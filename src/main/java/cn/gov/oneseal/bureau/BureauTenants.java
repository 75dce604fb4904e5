package cn.gov.oneseal.bureau;

import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.catalogue.ApprovalItem.Delegation;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * 受理审核权下放: for such an item a county bureau accepts and examines, and the city bureau decides.
 * A called stage stays in its case's bureau, so the city bureau gets its own deployment of the
 * decision stage (the same committed files, tenant = the city bureau), and the models call it with
 * {@code camunda:calledElementTenantId="${bureauTenants.decisionBureau(execution)}"}: the city
 * bureau for such items, otherwise none (the shared stage, in the case's own bureau).
 */
@Component("bureauTenants")
public class BureauTenants {

  private static final Logger LOG = LoggerFactory.getLogger(BureauTenants.class);
  static final String[] CITY_DECISION_RESOURCES = {"processes/Stage_Decision.bpmn", "forms/Form_DecideApplication.form"};

  private final Bureaus bureaus;
  private final ItemCatalogue catalogue;
  private final RepositoryService repositoryService;
  private final ResourceLoader resources;

  public BureauTenants(Bureaus bureaus, ItemCatalogue catalogue, RepositoryService repositoryService,
      ResourceLoader resources) {
    this.bureaus = bureaus;
    this.catalogue = catalogue;
    this.repositoryService = repositoryService;
    this.resources = resources;
  }

  /** The bureau whose decision stage decides this case: the city's for CITY-delegated items, else none. */
  public String decisionBureau(DelegateExecution execution) {
    return decidingBureau((String) execution.getVariable(CaseVariables.ITEM_CODE));
  }

  /** The bureau that decides the cases of an item: the city's for CITY-delegated items, else none (the case's). */
  public String decidingBureau(String itemCode) {
    return catalogue.get(itemCode).delegation() == Delegation.CITY ? bureaus.city().id() : null;
  }

  /**
   * None: the shared stages, deployed for every bureau — for a stage that the decision stage calls (退回重审), which
   * would otherwise be looked up in the city's own deployment of the decision stage.
   */
  public String sharedStages() {
    return null;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void deployCityDecisionStage() throws IOException {
    var deployment = repositoryService.createDeployment().name("oneseal-city-decision")
        .tenantId(bureaus.city().id()).enableDuplicateFiltering(false).source("oneseal");
    for (String path : CITY_DECISION_RESOURCES) {
      Resource resource = resources.getResource("classpath:" + path);
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(path.substring(path.indexOf('/') + 1), in);
      }
    }
    var result = deployment.deployWithResult();
    // unchanged since the last start (duplicate filtering): the engine answers with no new definitions at all
    var deployed = result.getDeployedProcessDefinitions();
    LOG.info("decision stage of the city bureau: deployment {} ({} new definitions)", result.getId(),
        deployed == null ? 0 : deployed.size());
  }
}
