package cn.gov.oneseal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the failure of a job executed on request ({@code POST …/job/{id}/execute}) for the request that asked for
 * it. The engine's REST resource answers every engine failure of that call with 404 and only the message: the
 * cause (a missing job, another bureau's job, a refused value, a conflict, an error inside the job) is lost there.
 * A command interceptor sees it first and, while a request has opened a {@link #capture() capture} on its thread,
 * keeps it for {@link JobExecutionAnswers}. Jobs the job executor runs are never captured.
 *
 * <p>A caller the engine refuses — no right to the job, or a job of another bureau — is no failure of the job: the
 * engine would still count it against the job's retries (three refused clicks turn a healthy timer into an
 * incident). Here such a refusal leaves the retries and the job's failure record as they were.
 */
@Component
public class JobExecutionFailures extends AbstractProcessEnginePlugin {

  /** The engine's refusal of a command on another tenant's (bureau's) object. */
  static final String TENANT_REFUSED = "ENGINE-13034";

  private static final ThreadLocal<Capture> CURRENT = new ThreadLocal<>();

  /** The failure of a job executed while open; closing ends the capture on this thread. */
  public static final class Capture implements AutoCloseable {

    private Throwable failure;

    public Optional<Throwable> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
      CURRENT.remove();
    }
  }

  /** Opens a capture on this thread (for one request). */
  public static Capture capture() {
    Capture capture = new Capture();
    CURRENT.set(capture);
    return capture;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withCapturing(configuration.getCustomPreCommandInterceptorsTxRequired()));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory engines = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, failure) -> refusal(failure) ? context -> null
        : engines.getCommand(jobId, failure));
  }

  /** Whether the engine refused the caller (no right to the job, or another bureau's job) before the job ran. */
  static boolean refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException
          || (cause.getMessage() != null && cause.getMessage().startsWith(TENANT_REFUSED))) {
        return true;
      }
    }
    return false;
  }

  private static List<CommandInterceptor> withCapturing(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Capturing());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static final class Capturing extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        Capture capture = CURRENT.get();
        if (capture != null && command instanceof ExecuteJobsCmd) {
          capture.failure = failure;
        }
        throw failure;
      }
    }
  }
}
