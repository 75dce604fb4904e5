package cn.gov.oneseal.notice;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Adds {@link ElectronicLicenceJob} to the engine's job handlers. */
@Component
class ElectronicLicenceJobPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ElectronicLicences> licences;

  ElectronicLicenceJobPlugin(ObjectProvider<ElectronicLicences> licences) {
    this.licences = licences;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomJobHandlers());
    // the licence's beans need the engine's: looked up when the job runs
    handlers.add(new ElectronicLicenceJob(licences::getObject));
    configuration.setCustomJobHandlers(handlers);
  }
}
