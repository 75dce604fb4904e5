package cn.gov.oneseal.returning;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.handover.Caller;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.security.AsSystem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * 退回 through the bureau's API and the Tasklist button: the officer who has claimed a review or decision task
 * completes it with the return choice and a reason. Checked here first (reason given and at most 500 characters;
 * the task of the caller's bureau and theirs or their group's, else 404; only its assignee, else 403; only a review
 * or decision task), then by the step's own complete listener like any other completion ({@link Returning}).
 */
@Service
public class ReturnService {

  /** A task as its officer sees it for a return: may they return it, and which return it would be. */
  @Schema(description = "任务的退回信息")
  public record TaskReturnInfo(
      @Schema(description = "任务 id") String taskId,
      @Schema(description = "任务名称") String taskName,
      @Schema(description = "当前用户可否退回（是审查或决定任务，且为其办理人）") boolean mayReturn,
      @Schema(description = "退回重审 / 退回受理；不能退回的任务为空") String returnLabel,
      @Schema(description = "本案的退回记录，早的在前") List<ReturnView> returns) {}

  private final ProcessEngine engine;
  private final TaskService tasks;
  private final TaskReturns returns;

  public ReturnService(ProcessEngine engine, TaskReturns returns) {
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.returns = returns;
  }

  /** Returns the caller's task with the reason; answers the return's record. */
  public ReturnView returnTask(Caller caller, String taskId, String reason) {
    String why = reason == null ? "" : reason.strip();
    Task task = AsSystem.call(engine, () -> visibleTask(caller, taskId));
    ReturnKind kind = ReturnKind.from(task.getTaskDefinitionKey()).orElseThrow(() -> ApiException.invalid("INVALID",
        new FieldError("taskId", "NOT_RETURNABLE", "只有审查任务（退回受理）和决定任务（退回重审）可以退回")));
    if (task.getAssignee() == null) {
      throw ApiException.forbidden("只有任务的办理人才能退回：请先认领该任务");
    }
    if (!task.getAssignee().equals(caller.userId())) {
      throw ApiException.forbidden("只有任务的办理人才能退回：该任务由 " + task.getAssignee() + " 办理");
    }
    if (why.isEmpty()) {
      throw ApiException.invalid("INVALID", new FieldError("reason", "REQUIRED", "请填写退回理由"));
    }
    if (why.length() > TaskReturns.MAX_REASON) {
      throw ApiException.invalid("INVALID", new FieldError("reason", "TOO_LONG",
          "退回理由不能超过 " + TaskReturns.MAX_REASON + " 个字"));
    }
    String caseNumber = caseNumber(task);
    String choice = kind == ReturnKind.TO_REVIEW ? FormFields.DECISION_ACTION : FormFields.REVIEW_ACTION;
    IdentityService identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
    try {
      tasks.complete(taskId, Map.of(choice, Returning.RETURN, FormFields.RETURN_REASON, why));
    } catch (OptimisticLockingException e) {
      throw ApiException.conflict("TASK_CHANGED", "该任务刚被他人办理或更改，请刷新后再试");
    } catch (RuntimeException refused) {
      throw ApiException.invalid("INVALID", refused, Map.of(FormFields.RETURN_REASON, "reason"));
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
    return returns.ofCase(caseNumber).stream().filter(r -> taskId.equals(r.fromTaskId()))
        .reduce((first, second) -> second).map(ReturnView::of).orElseThrow();
  }

  /** Whether the caller may return the task, and the case's returns. */
  public TaskReturnInfo of(Caller caller, String taskId) {
    return AsSystem.call(engine, () -> {
      Task task = visibleTask(caller, taskId);
      var kind = ReturnKind.from(task.getTaskDefinitionKey());
      boolean may = kind.isPresent() && caller.userId().equals(task.getAssignee());
      String caseNumber = caseNumber(task);
      return new TaskReturnInfo(taskId, task.getName(), may, kind.map(ReturnKind::label).orElse(null),
          caseNumber == null ? List.of() : returns.ofCase(caseNumber).stream().map(ReturnView::of).toList());
    });
  }

  /** The task, if the caller works for its bureau and it is theirs or their group's (or they administer); else 404. */
  private Task visibleTask(Caller caller, String taskId) {
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || !caller.sees(task.getTenantId()) || !(caller.isAdmin()
        || caller.userId().equals(task.getAssignee()) || isCandidate(caller, taskId))) {
      throw ApiException.notFound("TASK_NOT_FOUND", "没有该任务，或您无权查看该任务");
    }
    return task;
  }

  private boolean isCandidate(Caller caller, String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(
        link.getType()) && (caller.userId().equals(link.getUserId())
        || link.getGroupId() != null && caller.groupIds().contains(link.getGroupId())));
  }

  private String caseNumber(Task task) {
    if (task.getProcessInstanceId() == null) {
      return null;
    }
    var instance = AsSystem.call(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult());
    return instance == null ? null : instance.getBusinessKey();
  }
}
