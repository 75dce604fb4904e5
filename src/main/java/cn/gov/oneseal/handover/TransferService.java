package cn.gov.oneseal.handover;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.AsSystem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * 转办: the officer who has claimed a task hands it to a colleague of the same group and bureau, with a reason. Only
 * the assignee may; not to themselves; the colleague must be a member of one of the task's candidate groups and work
 * for its bureau ({@link Colleagues}); the task's own assignment rules still hold (一审一核: the reviewer of a case
 * cannot receive its decision task — the model's recusal listener refuses it). The change and its record are one
 * transaction; a refusal writes nothing.
 */
@Service
public class TransferService {

  /** A task as its officer sees it for a handover: may they transfer it, to whom, and how it came to them. */
  @Schema(description = "任务的转办信息")
  public record TaskHandovers(
      @Schema(description = "任务 id") String taskId,
      @Schema(description = "任务名称") String taskName,
      @Schema(description = "当前办理人用户名") String assignee,
      @Schema(description = "当前用户可否转办（是否为该任务的办理人）") boolean mayTransfer,
      @Schema(description = "可接收转办的同事（仅办理人可见）") List<Colleagues.Colleague> candidates,
      @Schema(description = "该任务的转办、改派、代理记录，早的在前") List<HandoverView> handovers) {}

  private final ProcessEngine engine;
  private final TaskService tasks;
  private final Handovers handovers;
  private final Bureaus bureaus;

  public TransferService(ProcessEngine engine, Handovers handovers, Bureaus bureaus) {
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.handovers = handovers;
    this.bureaus = bureaus;
  }

  /** Hands the caller's task to {@code to} with the reason; answers the record. */
  public HandoverView transfer(Caller caller, String taskId, String to, String reason) {
    String target = to == null ? "" : to.strip();
    String why = reason == null ? "" : reason.strip();
    List<FieldError> errors = new ArrayList<>();
    if (target.isEmpty()) {
      errors.add(new FieldError("to", "REQUIRED", "请选择转办给哪位同事"));
    } else if (target.equals(caller.userId())) {
      errors.add(new FieldError("to", "NOT_YOURSELF", "不能转办给自己"));
    }
    if (why.isEmpty()) {
      errors.add(new FieldError("reason", "REQUIRED", "请填写转办理由"));
    } else if (why.length() > Handovers.MAX_REASON) {
      errors.add(new FieldError("reason", "TOO_LONG", "转办理由不能超过 " + Handovers.MAX_REASON + " 个字"));
    }
    return AsSystem.call(engine, () -> {
      Task task = ownTask(caller, taskId);
      if (!errors.isEmpty()) {
        throw ApiException.invalid("INVALID", errors);
      }
      colleagues().refusal(target, groups(taskId), task.getTenantId()).ifPresent(refused -> {
        throw ApiException.invalid("INVALID", new FieldError("to", "NOT_A_COLLEAGUE", "转办未获准：" + refused));
      });
      // recorded first: a colleague away hands it on to their stand-in (代理), recorded after it
      handovers.record(caseNumber(engine, task), taskId, task.getName(), HandoverKind.TRANSFER, caller.userId(),
          target, why, task.getTenantId(), caller.userId(), CaseRecorder.now());
      try {
        AssignmentGuard.transferring(() -> {
          tasks.setAssignee(taskId, target);
          return null;
        });
      } catch (RuntimeException refused) {
        throw ApiException.invalid("INVALID", refused, Map.of("assignee", "to"));
      }
      return handovers.ofTask(taskId).stream().filter(h -> h.kind() == HandoverKind.TRANSFER)
          .reduce((first, second) -> second).map(h -> HandoverView.of(h, colleagues())).orElseThrow();
    });
  }

  /** The task's handover record, and — for its officer — the colleagues who may receive it. */
  public TaskHandovers of(Caller caller, String taskId) {
    return AsSystem.call(engine, () -> {
      Task task = visibleTask(caller, taskId);
      boolean mayTransfer = caller.userId().equals(task.getAssignee());
      Colleagues colleagues = colleagues();
      return new TaskHandovers(taskId, task.getName(), task.getAssignee(), mayTransfer,
          mayTransfer ? colleagues.of(groups(taskId), task.getTenantId(), caller.userId()) : List.of(),
          handovers.ofTask(taskId).stream().map(h -> HandoverView.of(h, colleagues)).toList());
    });
  }

  /** The colleagues who may receive the caller's task. */
  public List<Colleagues.Colleague> candidates(Caller caller, String taskId) {
    return AsSystem.call(engine, () -> {
      Task task = ownTask(caller, taskId);
      return colleagues().of(groups(taskId), task.getTenantId(), caller.userId());
    });
  }

  /** The task, which the caller must have claimed. */
  private Task ownTask(Caller caller, String taskId) {
    Task task = visibleTask(caller, taskId);
    if (task.getAssignee() == null) {
      throw ApiException.forbidden("只有任务的办理人才能转办：请先认领该任务");
    }
    if (!task.getAssignee().equals(caller.userId())) {
      throw ApiException.forbidden("只有任务的办理人才能转办：该任务由 " + colleagues().name(task.getAssignee()) + " 办理");
    }
    return task;
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
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && (caller.userId().equals(link.getUserId())
          || link.getGroupId() != null && caller.groupIds().contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private List<String> groups(String taskId) {
    return Colleagues.groups(tasks, taskId);
  }

  /** The case of a task (its process instance's business key); none for a task outside a process. */
  static String caseNumber(ProcessEngine engine, Task task) {
    if (task.getProcessInstanceId() == null) {
      return null;
    }
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private Colleagues colleagues() {
    return new Colleagues(engine.getIdentityService(), bureaus);
  }
}
