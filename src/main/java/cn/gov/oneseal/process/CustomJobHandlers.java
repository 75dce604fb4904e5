package cn.gov.oneseal.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the project's own job handlers (the electronic licence, the outbox, the provincial
 * reconciliation): every {@link JobHandler} bean. They are made before the engine, so each looks up the beans it works
 * with when its job runs.
 */
@Component
class CustomJobHandlers extends AbstractProcessEnginePlugin {

  private final List<JobHandler<?>> handlers;

  CustomJobHandlers(List<JobHandler<?>> handlers) {
    this.handlers = handlers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> all = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomJobHandlers());
    all.addAll(handlers);
    configuration.setCustomJobHandlers(all);
  }
}
