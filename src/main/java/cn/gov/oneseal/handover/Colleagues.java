package cn.gov.oneseal.handover;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may receive a task from its officer: a member of one of the task's candidate groups (its 岗位) who works for the
 * task's bureau. Read past the caller's authorizations (an officer may not list users); used inside engine commands
 * (the assignment listener) and by the transfer, which runs in one.
 */
public final class Colleagues {

  /** A colleague who may receive the task. */
  public record Colleague(String userId, String name) {}

  private final IdentityService identity;
  private final Bureaus bureaus;

  public Colleagues(IdentityService identity, Bureaus bureaus) {
    this.identity = identity;
    this.bureaus = bureaus;
  }

  /** The candidate groups of a task. */
  public static List<String> groups(TaskService tasks, String taskId) {
    return AsSystem.call(() -> tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct().toList());
  }

  /** Why {@code userId} may not receive a task of these groups and bureau; empty when they may. */
  public Optional<String> refusal(String userId, List<String> groups, String bureau) {
    return AsSystem.call(() -> {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        return Optional.of("没有用户名为 " + userId + " 的工作人员");
      }
      if (groups.isEmpty()) {
        return Optional.of("该任务不属于任何岗位，不能转给他人办理");
      }
      if (groups.stream().noneMatch(g -> identity.createUserQuery().userId(userId).memberOfGroup(g).count() > 0)) {
        return Optional.of("只能转给本岗位（" + groupNames(groups) + "）的工作人员，" + name(userId) + " 不在该岗位");
      }
      if (bureau != null && !worksFor(userId, bureau)) {
        return Optional.of("只能转给本局（" + bureauName(bureau) + "）的工作人员，" + name(userId) + " 不属于本局");
      }
      return Optional.empty();
    });
  }

  /** Everyone who may receive a task of these groups and bureau, but {@code except}, by name. */
  public List<Colleague> of(List<String> groups, String bureau, String except) {
    return AsSystem.call(() -> {
      Map<String, User> members = new LinkedHashMap<>();
      for (String group : groups) {
        identity.createUserQuery().memberOfGroup(group).list().forEach(u -> members.putIfAbsent(u.getId(), u));
      }
      List<Colleague> colleagues = new ArrayList<>();
      for (User user : members.values()) {
        if (!Objects.equals(user.getId(), except) && (bureau == null || worksFor(user.getId(), bureau))) {
          colleagues.add(new Colleague(user.getId(), display(user)));
        }
      }
      colleagues.sort(Comparator.comparing(Colleague::userId));
      return colleagues;
    });
  }

  /** "王强（reviewer1）" for a known user, the id otherwise. */
  public String name(String userId) {
    if (userId == null) {
      return null;
    }
    User user = AsSystem.call(() -> identity.createUserQuery().userId(userId).singleResult());
    return user == null ? userId : display(user);
  }

  public String bureauName(String bureau) {
    return bureaus.find(bureau).map(Bureau::name).orElse(bureau);
  }

  /** Whether the user works for the bureau. */
  public boolean worksFor(String userId, String bureau) {
    return AsSystem.call(() -> identity.createTenantQuery().tenantId(bureau).userMember(userId)
        .includingGroupsOfUser(true).count() > 0);
  }

  private String groupNames(List<String> groups) {
    return String.join("、", groups.stream().map(g -> {
      Group group = identity.createGroupQuery().groupId(g).singleResult();
      return group == null || group.getName() == null ? g : group.getName();
    }).toList());
  }

  private static String display(User user) {
    return user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId()
        : user.getFirstName() + "（" + user.getId() + "）";
  }
}
