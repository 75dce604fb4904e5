package cn.gov.oneseal.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.HistoricIdentityLinkLogQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Two officers working the same task at once. The engine lets one win; the other's request fails with an
 * optimistic-locking error, "task already claimed", or — when it reaches the engine just after the winner's —
 * an internal error about a task or execution that no longer exists, all of which the engine's REST API answers
 * with HTTP 500. Here they become 409 with a message the officer understands: the task has just been done (or
 * claimed) by someone else. Only requests on a task ({@code …/task/{id}/submit-form|complete|claim|resolve}) are
 * judged, and a failure counts as a conflict only when the engine said so or the task is gone; everything else
 * keeps its answer — and another bureau's task is no conflict to wait for ({@link OtherBureaus}: 404 at once). Used by
 * the project's engine REST exception mappers, on {@code /engine-rest} and on Tasklist's own API alike.
 */
public final class TaskConflicts {

  public static final String DONE_BY_OTHERS = "该任务刚由他人办理完毕或正在办理，请刷新待办列表后查看办件的当前环节";

  private static final Pattern TASK_WORK =
      Pattern.compile("(?:^|/)(?:engine/([^/]+)/)?task/([^/]+)/(submit-form|complete|claim|resolve)/?$");

  private TaskConflicts() {}

  /** Whether the path is work on a task (where a conflict can happen). */
  static boolean isTaskWork(String path) {
    return TASK_WORK.matcher(path).find();
  }

  /** The 409 answer when the failure of this request is another officer's concurrent work on the task. */
  public static Optional<Response> of(Throwable failure, UriInfo request) {
    if (request == null || !isTaskWork(request.getPath())) {
      return Optional.empty();
    }
    if (OtherBureaus.isTenantRefusal(failure)) {
      return Optional.empty();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException refused) {
        return justDoneBy(refused.getUserId(), request.getPath()).map(TaskConflicts::response);
      }
      if (cause instanceof BadUserRequestException) {
        return Optional.empty();
      }
      if (cause instanceof TaskAlreadyClaimedException claimed) {
        return Optional.of(response(claimedBy(claimed.getTaskAssignee())));
      }
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(response(DONE_BY_OTHERS));
      }
    }
    return ifTaskGone(request.getPath()).map(TaskConflicts::response);
  }

  /** Whether the task ever existed (it is in the history), read past the caller's authorizations and bureau. */
  static boolean everExisted(ProcessEngine engine, String taskId) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class, taskId) != null);
  }

  /** The conflict's message when the task of this path no longer exists. */
  static Optional<String> ifTaskGone(String path) {
    Matcher work = TASK_WORK.matcher(path);
    if (!work.find()) {
      return Optional.empty();
    }
    ProcessEngine engine = EngineUtil.lookupProcessEngine(work.group(1));
    if (engine == null) {
      return Optional.empty();
    }
    // read past the caller's authorizations: whether the task still exists, not whether they may see it. The other
    // officer's transaction may still be committing when this request has already failed (on PostgreSQL a
    // conflicting write fails at once): look again for up to two seconds before calling it an error of its own.
    for (int attempt = 0; attempt < 20; attempt++) {
      boolean gone = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired()
          .execute(context -> context.getTaskManager().findTaskById(work.group(2)) == null);
      if (gone) {
        // a task that never existed is not someone else's work: the caller gets the engine's own answer (404)
        return everExisted(engine, work.group(2)) ? Optional.of(DONE_BY_OTHERS) : Optional.empty();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * A refusal that is really the race: the winner's commit deleted the task with its per-task authorizations between
   * the loser's reading the task and checking the loser's rights on it. It counts as a conflict only when the task is
   * gone now and the refused officer was one of its candidates or its assignee (read from the task's history) — an
   * officer who never had the task keeps the engine's 403. Looked at once: the task is gone already if this happened.
   */
  static Optional<String> justDoneBy(String userId, String path) {
    Matcher work = TASK_WORK.matcher(path);
    ProcessEngine engine = work.find() ? EngineUtil.lookupProcessEngine(work.group(1)) : null;
    if (engine == null || userId == null) {
      return Optional.empty();
    }
    String taskId = work.group(2);
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    List<String> groups = caller != null && userId.equals(caller.getUserId()) && caller.getGroupIds() != null
        ? caller.getGroupIds() : List.of();
    boolean theirs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> {
          if (context.getTaskManager().findTaskById(taskId) != null) {
            return false;
          }
          HistoricTaskInstanceEntity task = context.getDbEntityManager().selectById(HistoricTaskInstanceEntity.class,
              taskId);
          if (task == null) {
            return false;
          }
          if (userId.equals(task.getAssignee())) {
            return true;
          }
          HistoricIdentityLinkLogQueryImpl links = new HistoricIdentityLinkLogQueryImpl();
          links.taskId(taskId);
          // this command's own context: the officer's rights and bureau are what failed, so read past both
          context.disableAuthorizationCheck();
          context.disableTenantCheck();
          return links.executeList(context, null).stream()
              .anyMatch(link -> userId.equals(link.getUserId()) || groups.contains(link.getGroupId()));
        });
    return theirs ? Optional.of(DONE_BY_OTHERS) : Optional.empty();
  }

  static String claimedBy(String assignee) {
    return "该任务已由 " + assignee + " 认领，请刷新待办列表";
  }

  /** The answer's body, in the engine REST's error shape. */
  static Map<String, Object> body(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "TaskConflict");
    body.put("message", message);
    body.put("code", 0);
    return body;
  }

  private static Response response(String message) {
    return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body(message)).build();
  }
}
