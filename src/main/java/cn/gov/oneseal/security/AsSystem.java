package cn.gov.oneseal.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * What the system does on a case's behalf — whoever's step or request triggered it — needs no officer's
 * rights: inside an engine command it runs without authorization checks; called from outside one (e.g. a
 * REST controller acting for a technical client) it needs the engine, to run in a command of its own.
 */
public final class AsSystem {

  private AsSystem() {}

  /** Inside an engine command without authorization checks; outside one as it is. */
  public static void run(Runnable action) {
    var commandContext = Context.getCommandContext();
    if (commandContext == null) {
      action.run();
      return;
    }
    withoutAuthorization(commandContext, action);
  }

  /** Without authorization checks, in the current engine command or in a new one of this engine. */
  public static void run(ProcessEngine engine, Runnable action) {
    var commandContext = Context.getCommandContext();
    if (commandContext != null) {
      withoutAuthorization(commandContext, action);
      return;
    }
    ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(context -> withoutAuthorization(context, action));
  }

  private static Void withoutAuthorization(org.camunda.bpm.engine.impl.interceptor.CommandContext context,
      Runnable action) {
    return context.runWithoutAuthorization(() -> {
      action.run();
      return null;
    });
  }
}
