package cn.gov.oneseal.bureau;

import java.util.List;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem.Delegation;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * One set of process definitions serves every bureau; a case belongs to the bureau (tenant) of the
 * officer who registers it — the city bureau when that officer does not belong to exactly one. The
 * engine passes a case's bureau on to its called stages ({@link BureauTenants} names the exception).
 * A process started for an existing case by someone outside the bureau (e.g. a regulator's report of
 * a wrong approval, variable {@value #CASE_NUMBER}) belongs to the bureau that decided the case: the
 * city bureau for the items it decides (受理审核权下放), else the case's own bureau. A case is registered in a
 * bureau of the account that registers it: {@value #CASE_BUREAU} sent with a start form counts only for a bureau
 * the account belongs to (the portal's belongs to every bureau), {@value #CASE_NUMBER} not at all.
 */
@Component
public class BureauTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  /** A start variable naming the bureau of the case a system-started process belongs to. */
  public static final String CASE_BUREAU = "bureauId";
  /** A start variable naming an existing case the process is started for. */
  public static final String CASE_NUMBER = "caseNumber";

  private final Bureaus bureaus;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;

  public BureauTenantIdProvider(Bureaus bureaus, CaseFiles caseFiles, ItemCatalogue catalogue) {
    this.bureaus = bureaus;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    var commandContext = Context.getCommandContext();
    Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
    List<String> tenants = authentication == null || authentication.getTenantIds() == null
        ? List.of() : authentication.getTenantIds();
    boolean registers = ctx.getProcessDefinition() != null
        && catalogue.find(ctx.getProcessDefinition().getKey()).isPresent();
    // a case is registered in a bureau of the one who registers it: a bureau named with the start form counts only
    // if the registering account belongs to it (the portal's account belongs to every bureau; a city window officer
    // cannot send a case to a county). Started by the system for a case (e.g. an e-supervision card): its bureau.
    Object caseBureau = ctx.getVariables() == null ? null : ctx.getVariables().get(CASE_BUREAU);
    if (caseBureau instanceof String bureau && bureaus.find(bureau).isPresent()
        && (!registers || authentication == null || authentication.getUserId() == null || tenants.contains(bureau))) {
      return bureau;
    }
    // started from outside for an existing case (e.g. a regulator's report): the bureau that decided it
    Object caseNumber = ctx.getVariables() == null || registers ? null : ctx.getVariables().get(CASE_NUMBER);
    if (caseNumber instanceof String number && !number.isBlank()) {
      CaseFile file = caseFiles.find(number.strip()).orElse(null);
      if (file != null && bureaus.find(file.bureauId()).isPresent()) {
        return catalogue.get(file.itemCode()).delegation() == Delegation.CITY ? bureaus.city().id() : file.bureauId();
      }
    }
    return tenants.size() == 1 && bureaus.find(tenants.get(0)).isPresent() ? tenants.get(0) : bureaus.city().id();
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
