package cn.gov.oneseal.urging;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.Role;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may urge which task: a supervisor (电子监察) any open task of a case of the bureaus they work for, a bureau head
 * those of their own bureau; no one else (administrators neither: an urge speaks for the supervision or the bureau's
 * leadership). Only the open steps of a case can be urged — not a finished one, not the supervisors' own 督办 or
 * follow-up tasks, not a bureau head's escalation — and an urge needs a note. Reads the engine as the system: the
 * caller is checked here. Refusals are {@link ApiException}s with the rule in Chinese.
 */
@Component
class UrgeRules {

  static final int MAX_NOTE = 500;
  /** Processes whose tasks are the supervision's or the bureau's own work, not a case's steps. */
  private static final List<String> NOT_CASE_STEPS = List.of("Supervision_", "Governance_");

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final CaseFiles caseFiles;
  private final Bureaus bureaus;
  private final CaseTaskNames taskNames;

  UrgeRules(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
      CaseFiles caseFiles, Bureaus bureaus, CaseTaskNames taskNames) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.caseFiles = caseFiles;
    this.bureaus = bureaus;
    this.taskNames = taskNames;
  }

  /** 403 unless the caller is a supervisor or a bureau head. */
  void mayUrge(Urger urger) {
    if (!urger.in(Role.SUPERVISOR.groupId()) && !urger.in(Role.BUREAU_HEAD.groupId())) {
      throw ApiException.forbidden("只有电子监察人员和局负责人可以催办");
    }
  }

  /** The note, trimmed; 400 when it is missing or too long. */
  String note(String note) {
    String trimmed = note == null ? "" : note.strip();
    if (trimmed.isEmpty()) {
      throw ApiException.invalid("INVALID", new FieldError("note", "required", "请填写催办意见"));
    }
    if (trimmed.length() > MAX_NOTE) {
      throw ApiException.invalid("INVALID", new FieldError("note", "tooLong", "催办意见不能超过 " + MAX_NOTE + " 字"));
    }
    return trimmed;
  }

  /** The open task the caller may urge; 404, 409 or 403 with the rule otherwise. */
  UrgeTarget task(Urger urger, String taskId) {
    mayUrge(urger);
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      if (done != null && done.getEndTime() != null && visible(urger, done.getTenantId())) {
        throw ApiException.conflict("TASK_FINISHED", "该任务已办结，只能催办在办的环节");
      }
      throw ApiException.notFound("TASK_NOT_FOUND", "没有该任务，或它不属于您所在的局");
    }
    UrgeTarget target = target(task);
    if (target == null) {
      throw ApiException.conflict("NOT_A_CASE_STEP", "只能催办办件的在办环节（督办、回访和催办升级任务不能催办）");
    }
    bureauOf(urger, target.bureauId());
    return target;
  }

  /** The open steps of the case, which the caller may urge; 404 or 403 otherwise (an empty list: none open). */
  List<UrgeTarget> caseTasks(Urger urger, String caseNumber) {
    mayUrge(urger);
    CaseFile file = caseFiles.find(caseNumber).orElseThrow(() -> ApiException.caseNotFound(caseNumber));
    bureauOf(urger, bureau(file));
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(this::target).filter(t -> t != null).toList();
  }

  /** 403 unless the caller works for the bureau; the message names the task's bureau. */
  void bureauOf(Urger urger, String bureauId) {
    if (!urger.worksFor(bureauId)) {
      throw ApiException.forbidden("只能催办本局的办件：该办件属于" + bureaus.of(bureauId).name());
    }
  }

  /** The case's urges may be read by supervisors and auditors of its bureau and by its bureau's head. */
  void mayRead(Urger reader, String caseNumber) {
    CaseFile file = caseFiles.find(caseNumber).orElseThrow(() -> ApiException.caseNotFound(caseNumber));
    boolean reads = reader.in(Role.SUPERVISOR.groupId()) || reader.in(Role.AUDITOR.groupId())
        || reader.in(Role.BUREAU_HEAD.groupId()) || reader.in(Role.ADMIN_GROUP);
    if (!reads) {
      throw ApiException.forbidden("只有电子监察、审计人员和局负责人可以查看办件的催办记录");
    }
    if (!reader.in(Role.ADMIN_GROUP) && !reader.worksFor(bureau(file))) {
      throw ApiException.caseNotFound(caseNumber);
    }
  }

  private boolean visible(Urger urger, String tenantId) {
    return tenantId == null || urger.worksFor(tenantId);
  }

  private String bureau(CaseFile file) {
    return file.bureauId() == null ? bureaus.city().id() : file.bureauId();
  }

  /** The task as a case step to urge, or null when it is no case's step. */
  private UrgeTarget target(Task task) {
    if (task.getProcessInstanceId() == null
        || NOT_CASE_STEPS.stream().anyMatch(prefix -> task.getProcessDefinitionId().startsWith(prefix))) {
      return null;
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      return null;
    }
    return caseFiles.find(instance.getBusinessKey()).map(file -> new UrgeTarget(task, file.caseNumber(), bureau(file),
        taskNames.stage(task), taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(l -> l.getGroupId()).distinct().sorted().toList())).orElse(null);
  }
}
