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
 * bureau for such items, otherwise none (the shared stage, in the case's own bureau). A 退回重审 of such a case by the
 * city runs the review again in the county ({@link #returnedReviewBureau}): each county bureau gets its own deployment
 * of the review stage too.
 */
@Component("bureauTenants")
public class BureauTenants {

  private static final Logger LOG = LoggerFactory.getLogger(BureauTenants.class);
  static final String[] CITY_DECISION_RESOURCES = {"processes/Stage_Decision.bpmn", "forms/Form_DecideApplication.form"};
  /** The review stage and its forms, deployed for each county bureau: the city's 退回重审 of a county's case. */
  static final String[] COUNTY_REVIEW_RESOURCES = {"processes/Stage_Review.bpmn", "forms/Form_ReviewApplication.form",
      "forms/Form_SpecialProcedure.form", "forms/Form_ApproveExtension.form", "forms/Form_RecheckIntake.form"};

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
   * The bureau in which a 退回重审 runs the review again: the case's own bureau when the city decides the case of a
   * county (受理审核权下放) — the county's own deployment of the review stage, so that the county reviewer who examined the
   * case gets it back — and otherwise none (the shared stage, in the bureau of the decision, which is the case's).
   */
  public String returnedReviewBureau(DelegateExecution execution) {
    String caseBureau = root(execution).getTenantId();
    String deciding = decidingBureau((String) execution.getVariable(CaseVariables.ITEM_CODE));
    return deciding != null && caseBureau != null && !caseBureau.equals(deciding) ? caseBureau : null;
  }

  private static DelegateExecution root(DelegateExecution execution) {
    DelegateExecution current = execution.getProcessInstance();
    while (current.getSuperExecution() != null) {
      current = current.getSuperExecution().getProcessInstance();
    }
    return current;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  public void deployCityDecisionStage() throws IOException {
    deploy("oneseal-city-decision", bureaus.city().id(), CITY_DECISION_RESOURCES, "decision stage of the city bureau");
    for (var bureau : bureaus.bureaus()) {
      if (!bureau.id().equals(bureaus.city().id())) {
        deploy("oneseal-returned-review-" + bureau.id(), bureau.id(), COUNTY_REVIEW_RESOURCES,
            "review stage of " + bureau.id() + " for the city's 退回重审");
      }
    }
  }

  private void deploy(String name, String tenant, String[] paths, String what) throws IOException {
    var deployment = repositoryService.createDeployment().name(name).tenantId(tenant)
        .enableDuplicateFiltering(false).source("oneseal");
    for (String path : paths) {
      Resource resource = resources.getResource("classpath:" + path);
      try (InputStream in = resource.getInputStream()) {
        deployment.addInputStream(path.substring(path.indexOf('/') + 1), in);
      }
    }
    var result = deployment.deployWithResult();
    // unchanged since the last start (duplicate filtering): the engine answers with no new definitions at all
    var deployed = result.getDeployedProcessDefinitions();
    LOG.info("{}: deployment {} ({} new definitions)", what, result.getId(), deployed == null ? 0 : deployed.size());
  }
}
