package cn.gov.oneseal.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * What the system does on a case's behalf — whoever's step or request triggered it — needs no officer's
 * rights: inside an engine command it runs without authorization checks; called from outside one (e.g. a
 * REST controller acting for a technical client) it needs the engine, to run in a command of its own.
 * {@code run} does something; {@code call} answers what it read or made.
 */
public final class AsSystem {

  private AsSystem() {}

  /** Inside an engine command without authorization checks; outside one as it is. */
  public static void run(Runnable action) {
    call(asSupplier(action));
  }

  /** Inside an engine command without authorization checks; outside one as it is. Returns the action's answer. */
  public static <T> T call(Supplier<T> action) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext == null ? action.get() : commandContext.runWithoutAuthorization(action::get);
  }

  /** Without authorization checks, in the current engine command or in a new one of this engine. */
  public static void run(ProcessEngine engine, Runnable action) {
    call(engine, asSupplier(action));
  }

  /**
   * Without authorization checks, in the current engine command or in a new one of this engine. Returns the
   * action's answer.
   */
  public static <T> T call(ProcessEngine engine, Supplier<T> action) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return commandContext.runWithoutAuthorization(action::get);
    }
    return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(action::get));
  }

  /**
   * Outside engine commands, with no one authenticated to the engine (a sweep on a node's schedule, or called by a
   * test as an officer): each engine call then runs without authorization checks in its own command and transaction;
   * the caller's authentication is put back afterwards. Returns the action's answer.
   */
  public static <T> T unauthenticated(ProcessEngine engine, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static Supplier<Void> asSupplier(Runnable action) {
    return () -> {
      action.run();
      return null;
    };
  }
}
