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
 * city bureau for the items it decides (受理审核权下放), else the case's own bureau. Those two variables name the
 * bureau only for the system: a case an officer registers is always in the officer's bureau.
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
    // an officer who registers a case registers it in the officer's own bureau: variables sent with the start form
    // do not move it to another bureau (only the system, e.g. the portal's online application, names the bureau)
    boolean officerRegisters = authentication != null && authentication.getUserId() != null
        && ctx.getProcessDefinition() != null && catalogue.find(ctx.getProcessDefinition().getKey()).isPresent();
    // started by the system for a case (e.g. an e-supervision card): the case's bureau
    Object caseBureau = ctx.getVariables() == null || officerRegisters ? null : ctx.getVariables().get(CASE_BUREAU);
    if (caseBureau instanceof String bureau && bureaus.find(bureau).isPresent()) {
      return bureau;
    }
    // started from outside for an existing case (e.g. a regulator's report): the bureau that decided it
    Object caseNumber = ctx.getVariables() == null || officerRegisters ? null : ctx.getVariables().get(CASE_NUMBER);
    if (caseNumber instanceof String number && !number.isBlank()) {
      CaseFile file = caseFiles.find(number.strip()).orElse(null);
      if (file != null && bureaus.find(file.bureauId()).isPresent()) {
        return catalogue.get(file.itemCode()).delegation() == Delegation.CITY ? bureaus.city().id() : file.bureauId();
      }
    }
    List<String> tenants = authentication == null || authentication.getTenantIds() == null
        ? List.of() : authentication.getTenantIds();
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
