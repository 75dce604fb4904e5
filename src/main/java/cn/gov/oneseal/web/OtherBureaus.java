package cn.gov.oneseal.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A record of another bureau (engine tenant) answered as one the officer may not see. The engine refuses to work on a
 * task, instance or definition of a tenant the officer does not belong to with a plain {@code ProcessEngineException}
 * ({@code ENGINE-13034 … belongs to no authenticated tenant}), which its REST API answers with 500, while a query
 * simply does not find it (404 "No matching task"). Both surfaces ({@code /engine-rest} and Tasklist's API) answer
 * both alike here: 404 with one Chinese message, at once (it is no conflict to wait for), the record untouched (the
 * engine refused before it changed anything). A task that does not exist, or that the officer's bureau cannot see,
 * reads the same.
 */
public final class OtherBureaus {

  public static final String TASK = "没有找到该任务，或该任务不在您所在审批局的办理范围内";
  static final String DEFINITION = "没有找到该事项的流程，或它不属于您所在的审批局";
  static final String RECORD = "没有找到该记录，或它不属于您所在的审批局";

  /** The engine's code of a command on an entity of a tenant the user is not a member of. */
  private static final String TENANT_REFUSED = "ENGINE-13034";

  /** A request on one task, relative to the REST application: {@code [engine/{name}/]task/{id}[/…]}. */
  private static final Pattern TASK_PATH = Pattern.compile("^/?(?:engine/([^/]+)/)?task/([^/]+)(?:/.*)?$");
  private static final Set<String> NOT_TASK_IDS = Set.of("count", "create", "report");

  private OtherBureaus() {}

  /** Whether the failure is the engine's refusal of another tenant's entity. */
  public static boolean isTenantRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains(TENANT_REFUSED)) {
        return true;
      }
    }
    return false;
  }

  /** The 404 answer when the failure is the engine's refusal of another bureau's record. */
  public static Optional<Response> of(Throwable failure, UriInfo request) {
    if (!isTenantRefusal(failure)) {
      return Optional.empty();
    }
    String path = request == null ? "" : request.getPath();
    String message = taskId(path).isPresent() ? TASK : path.matches("^/?(engine/[^/]+/)?process-definition/.*")
        ? DEFINITION : RECORD;
    return Optional.of(notFound(message));
  }

  /** The task itself or one of its aspects ({@code …/variables}, {@code …/form}…), not a record below it. */
  private static final Pattern TASK_ITSELF = Pattern.compile("^/?(?:engine/[^/]+/)?task/[^/]+(?:/[^/]+)?/?$");

  /** The task a path is about, if it is about one task. */
  static Optional<String> taskId(String path) {
    Matcher task = TASK_PATH.matcher(path);
    return task.matches() && !NOT_TASK_IDS.contains(task.group(2)) ? Optional.of(task.group(2)) : Optional.empty();
  }

  /**
   * Whether a 404 of this path is about the task itself (not about a variable, comment or attachment of it that
   * does not exist, which keeps its own message).
   */
  static boolean aboutTheTask(String path) {
    return taskId(path).isPresent() && TASK_ITSELF.matcher(path).matches();
  }

  /** Whether the task of the path no longer (or never) exists, read past the caller's authorizations and bureau. */
  static boolean taskMissing(String path) {
    Matcher task = TASK_PATH.matcher(path);
    if (!task.matches()) {
      return false;
    }
    ProcessEngine engine = EngineUtil.lookupProcessEngine(task.group(1));
    return engine != null && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> context.getTaskManager().findTaskById(task.group(2)) == null);
  }

  static Response notFound(String message) {
    return EngineRestAnswers.answer(404, "InvalidRequestException", message);
  }
}
