package cn.gov.oneseal.form;

import java.util.ArrayList;
import java.util.List;
import cn.gov.oneseal.calendar.CalendarDataMissingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps every exception of a task or execution listener in a generic
 * ProcessEngineException ("ENGINE-03051 ... TaskListener"), which the REST API — the one behind
 * Tasklist too — answers with 500. This outermost command interceptor lets a refused form surface
 * as itself, so {@code complete} and {@code submit-form} answer 400 with the officer-readable
 * message; so does a step that needs a deadline in a year with no statutory basis (before 2025, or more
 * than two years ahead: a year merely without its holiday notice is provisional, not refused). The
 * transaction has already been rolled back by then.
 */
@Component
public class FormValidationUnwrapping extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Unwrapping());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static final class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (CalendarDataMissingException missing) {
        throw FormValidationException.of("calendar", "CALENDAR_YEAR_MISSING", missing.getMessage());
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormValidationException invalid) {
            throw invalid;
          }
          if (cause instanceof CalendarDataMissingException missing) {
            // the action needs a deadline in a year the calendar cannot compute
            throw FormValidationException.of("calendar", "CALENDAR_YEAR_MISSING", missing.getMessage());
          }
        }
        throw e;
      }
    }
  }
}
