package cn.gov.oneseal.security;

import org.camunda.bpm.engine.impl.context.Context;

/**
 * What the system does on a case's behalf — whoever's step triggered it — needs no officer's rights:
 * inside an engine command it runs without authorization checks, outside one as it is.
 */
public final class AsSystem {

  private AsSystem() {}

  public static void run(Runnable action) {
    var commandContext = Context.getCommandContext();
    if (commandContext == null) {
      action.run();
      return;
    }
    commandContext.runWithoutAuthorization(() -> {
      action.run();
      return null;
    });
  }
}
