package cn.gov.oneseal.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * History that serves its readers. At history level full the engine writes a detail row ({@code ACT_HI_DETAIL}) for
 * every change of every variable and for every text field of every submitted form; the one reader of those rows is
 * 办件历史's timeline, which shows the changes of the {@link KeyVariables}. The engine's own database history handler
 * is replaced by one that writes the detail rows of key variables only, and no form-field detail rows; everything
 * else it writes as before: historic variable instances (every variable's last value), process, activity and task
 * instances, identity links, the user operation log, incidents, the job log, decisions. The history level stays
 * full (the database keeps its setting), so removal times and the clean-up treat the rows that are written as before.
 */
@Component
class KeyVariableHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new Handler());
    configuration.setCustomHistoryEventHandlers(handlers);
    // instead of the engine's DbHistoryEventHandler, not beside it
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** The engine's database history handler, writing detail rows for key variables only. */
  static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricFormPropertyEventEntity)) {
        super.handleEvent(event);
      }
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && KeyVariables.isKey(event.getVariableName());
    }
  }
}
