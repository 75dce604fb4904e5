package cn.gov.oneseal.modelchange;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts {@link ProposalInterceptor} in front of the engine's commands (before their transaction). */
@Component
class ModelChangePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Proposals> proposals;

  ModelChangePlugin(ObjectProvider<Proposals> proposals) {
    this.proposals = proposals;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> before = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    // the identity service exists only once the engine is built: looked up when a deployment arrives
    before.add(new ProposalInterceptor(() -> configuration.getIdentityService(), proposals::getObject));
    configuration.setCustomPreCommandInterceptorsTxRequired(before);
  }
}
