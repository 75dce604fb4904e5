package cn.gov.oneseal.consultation;

import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may consult whom on which task. Only on an open review or decision task ({@link #CONSULTABLE}), only by its
 * assignee (who has claimed it); a question (≤ {@value #MAX_QUESTION} characters), 1–{@value #MAX_DAYS} working days
 * and 1–{@value #MAX_CONSULTEES} consultees: users who exist, are not the asking officer and serve the case's bureau
 * (regulators, departments and experts serve every bureau) in one of the {@link #groups() consultable groups}, or one
 * of those groups with a member serving the bureau. Refusals are {@link ApiException}s with the rule in Chinese, field
 * by field. Reads the engine as the system: the caller is checked here.
 */
@Component
class ConsultationRules {

  static final Set<String> CONSULTABLE = Set.of("Task_ReviewApplication", "Task_DecideApplication");
  static final int MAX_QUESTION = 500;
  static final int MAX_DAYS = 10;
  static final int MAX_CONSULTEES = 10;

  /** The checked request: the task, the trimmed question, the working days and the consultees. */
  record Checked(Task task, String question, int workingDays, List<String> users, List<String> groups) {}

  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final RoleSetup roles;
  private final Bureaus bureaus;

  ConsultationRules(TaskService taskService, HistoryService historyService, IdentityService identityService,
      RoleSetup roles, Bureaus bureaus) {
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.roles = roles;
    this.bureaus = bureaus;
  }

  /** The groups one may consult, with their Chinese names: the officers' groups but e-supervision. */
  Map<String, String> groups() {
    Map<String, String> all = roles.groups();
    Map<String, String> groups = new java.util.LinkedHashMap<>();
    roles.officerGroups().stream().filter(g -> !g.equals(Role.SUPERVISOR.groupId()))
        .forEach(g -> groups.put(g, all.getOrDefault(g, g)));
    return groups;
  }

  /** The open task of the caller's bureau (404 otherwise, alike for one that does not exist). */
  Task task(Authentication who, String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || !sees(who, task.getTenantId())) {
      boolean finished = task == null && historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
          .list().stream().anyMatch(t -> sees(who, t.getTenantId()));
      if (finished) {
        throw ApiException.conflict("TASK_FINISHED", "该任务已办结，不能再征求意见");
      }
      throw ApiException.notFound("TASK_NOT_FOUND", "没有该任务，或它不属于您所在的局");
    }
    return task;
  }

  /** 409 unless review or decision; 403 unless the caller holds the task. */
  Task askable(Authentication who, String taskId) {
    Task task = task(who, taskId);
    if (!CONSULTABLE.contains(task.getTaskDefinitionKey())) {
      throw ApiException.conflict("NOT_CONSULTABLE", "只能在审查、决定环节的任务上征求意见");
    }
    if (!who.getUserId().equals(task.getAssignee())) {
      throw ApiException.forbidden("只有任务的办理人（已认领该任务的工作人员）才能征求意见");
    }
    return task;
  }

  /** Who may read a task's consultations: its assignee or candidates, who asked on it, supervisors and auditors. */
  void mayRead(Authentication who, Task task, List<Consultation> asked) {
    List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
    boolean holds = who.getUserId().equals(task.getAssignee()) || taskService.getIdentityLinksForTask(task.getId())
        .stream().anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
            && (who.getUserId().equals(l.getUserId()) || groups.contains(l.getGroupId())));
    boolean oversees = groups.contains(Role.SUPERVISOR.groupId()) || groups.contains(Role.AUDITOR.groupId());
    if (!holds && !oversees && asked.stream().noneMatch(c -> c.askedBy().equals(who.getUserId()))) {
      throw ApiException.forbidden("只有任务的办理人、候选岗位的工作人员、电子监察和审计人员可以查看其征求意见");
    }
  }

  /** The request checked field by field (every problem at once); 400 with the field errors. */
  Checked request(Authentication who, Task task, String question, Object workingDays, List<String> users,
      List<String> groups) {
    List<FieldError> errors = new ArrayList<>();
    String text = question == null ? "" : question.strip();
    if (text.isEmpty()) {
      errors.add(new FieldError("question", "required", "请填写征求意见的问题"));
    } else if (text.length() > MAX_QUESTION) {
      errors.add(new FieldError("question", "tooLong", "征求意见的问题不能超过 " + MAX_QUESTION + " 字"));
    }
    int days = workingDays instanceof Integer n ? n : workingDays instanceof Long n ? n.intValue() : 0;
    if (days < 1 || days > MAX_DAYS) {
      errors.add(new FieldError("workingDays", "outOfRange", "答复期限须为 1 到 " + MAX_DAYS + " 个工作日的整数"));
    }
    Set<String> userIds = new LinkedHashSet<>();
    Set<String> groupIds = new LinkedHashSet<>();
    (users == null ? List.<String>of() : users).stream().filter(u -> u != null && !u.isBlank())
        .forEach(u -> userIds.add(u.strip()));
    (groups == null ? List.<String>of() : groups).stream().filter(g -> g != null && !g.isBlank())
        .forEach(g -> groupIds.add(g.strip()));
    if (userIds.isEmpty() && groupIds.isEmpty()) {
      errors.add(new FieldError("users", "required", "请至少选择一位被征求意见的工作人员或一个部门（岗位组）"));
    } else if (userIds.size() + groupIds.size() > MAX_CONSULTEES) {
      errors.add(new FieldError("users", "tooMany", "一次最多向 " + MAX_CONSULTEES + " 位工作人员或部门征求意见"));
    }
    String bureau = task.getTenantId() == null ? bureaus.city().id() : task.getTenantId();
    userIds.forEach(user -> userProblem(who, user, bureau).ifPresent(errors::add));
    groupIds.forEach(group -> groupProblem(group, bureau).ifPresent(errors::add));
    if (!errors.isEmpty()) {
      throw ApiException.invalid("INVALID", errors);
    }
    return new Checked(task, text, days, List.copyOf(userIds), List.copyOf(groupIds));
  }

  private Optional<FieldError> userProblem(Authentication who, String user, String bureau) {
    if (user.equals(who.getUserId())) {
      return Optional.of(new FieldError("users", "self", "不能向自己征求意见"));
    }
    if (identityService.createUserQuery().userId(user).count() == 0) {
      return Optional.of(new FieldError("users", "unknown", "没有用户 " + user));
    }
    if (identityService.createTenantQuery().userMember(user).tenantId(bureau).count() == 0) {
      return Optional.of(new FieldError("users", "otherBureau", "用户 " + user + " 不属于本办件所在的"
          + bureaus.of(bureau).name() + "，也不服务于各局，不能向其征求意见"));
    }
    Set<String> allowed = groups().keySet();
    boolean consultable = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .anyMatch(allowed::contains);
    return consultable ? Optional.empty() : Optional.of(new FieldError("users", "notAnOfficer",
        "只能向办理业务的工作人员、部门或专家征求意见，不能向 " + user + " 征求意见"));
  }

  private Optional<FieldError> groupProblem(String group, String bureau) {
    if (!groups().containsKey(group)) {
      return Optional.of(new FieldError("groups", "notConsultable", "不能向“" + roles.namesOf(group)
          + "”征求意见：只能向办理业务的岗位组、部门或专家库征求意见"));
    }
    boolean serves = identityService.createUserQuery().memberOfGroup(group).list().stream()
        .anyMatch(u -> identityService.createTenantQuery().userMember(u.getId()).tenantId(bureau).count() > 0);
    return serves ? Optional.empty() : Optional.of(new FieldError("groups", "noMember",
        roles.namesOf(group) + "没有为" + bureaus.of(bureau).name() + "办理业务的成员，不能向其征求意见"));
  }

  private static boolean sees(Authentication who, String tenantId) {
    List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
    return tenantId == null || groups.contains(Role.ADMIN_GROUP)
        || (who.getTenantIds() != null && who.getTenantIds().contains(tenantId));
  }
}
