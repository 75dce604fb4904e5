package cn.gov.oneseal.copying;

import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseParticipants;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may copy which case to whom. The sender works or worked on it (assignee or candidate of one of its tasks, from
 * the history) and for its bureau. The recipient is one of: a user of the case's bureau in one of its officers'
 * groups (a colleague or leader), one of those groups, or — for the item's own cases — its regulator group or one of
 * its users. Refusals are {@link ApiException}s with the rule in Chinese. Reads the engine as the system.
 */
@Component
class CopyRules {

  static final int MAX_NOTE = 500;
  /** The bureau's groups a case may be copied to (besides the item's regulator). */
  static final List<String> BUREAU_GROUPS = List.of(Role.WINDOW.groupId(), Role.REVIEWER.groupId(),
      Role.DECIDER.groupId(), Role.BUREAU_HEAD.groupId(), Role.SURVEY_LEAD.groupId(), Role.SUPERVISOR.groupId());

  /** Whom a copy goes to: a user or a group. */
  record Recipient(String user, String group) {}

  private final CaseFiles caseFiles;
  private final CaseParticipants participants;
  private final IdentityService identityService;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final RoleSetup roles;

  CopyRules(CaseFiles caseFiles, CaseParticipants participants, IdentityService identityService,
      ItemCatalogue catalogue, Bureaus bureaus, RoleSetup roles) {
    this.caseFiles = caseFiles;
    this.participants = participants;
    this.identityService = identityService;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.roles = roles;
  }

  /** The case of its bureau (404 otherwise, alike for one that does not exist). */
  CaseFile caseOf(Authentication who, String caseNumber) {
    CaseFile file = caseFiles.find(caseNumber).orElseThrow(() -> ApiException.caseNotFound(caseNumber));
    if (who.getTenantIds() == null || !who.getTenantIds().contains(bureau(file))) {
      throw ApiException.caseNotFound(caseNumber);
    }
    return file;
  }

  String bureau(CaseFile file) {
    return file.bureauId() == null ? bureaus.city().id() : file.bureauId();
  }

  /** Whether the officer is or was the assignee or a candidate (by a group) of one of the case's tasks. */
  boolean worked(Authentication who, String caseNumber) {
    return participants.tookPart(who.getUserId(), who.getGroupIds() == null ? List.of() : who.getGroupIds(),
        caseNumber);
  }

  /** The case, which the caller works or worked on; 404 or 403 otherwise. */
  CaseFile sender(Authentication who, String caseNumber) {
    CaseFile file = caseOf(who, caseNumber);
    if (!worked(who, caseNumber)) {
      throw ApiException.forbidden("只有办理过该办件的工作人员（曾为其任务的承办人或候选组成员）可以抄送");
    }
    return file;
  }

  String note(String note) {
    String trimmed = note == null ? "" : note.strip();
    if (trimmed.isEmpty()) {
      throw ApiException.invalid("INVALID", new FieldError("note", "required", "请填写抄送说明"));
    }
    if (trimmed.length() > MAX_NOTE) {
      throw ApiException.invalid("INVALID", new FieldError("note", "tooLong", "抄送说明不能超过 " + MAX_NOTE + " 字"));
    }
    return trimmed;
  }

  /** The recipient, checked against the case; 400 or 403 with the rule. */
  Recipient recipient(Authentication sender, CaseFile file, String userId, String groupId) {
    boolean user = userId != null && !userId.isBlank();
    boolean group = groupId != null && !groupId.isBlank();
    if (user == group) {
      throw ApiException.invalid("INVALID", new FieldError("recipientUserId", "required",
          "请指定一位收件人（recipientUserId）或一个收件组（recipientGroupId），二者选一"));
    }
    String regulator = regulator(file);
    if (group) {
      String id = groupId.strip();
      if (groups(file).contains(id)) {
        return new Recipient(null, id);
      }
      throw refusedGroup(id, regulator);
    }
    String id = userId.strip();
    if (id.equals(sender.getUserId())) {
      throw ApiException.invalid("INVALID", new FieldError("recipientUserId", "self", "不能抄送给自己"));
    }
    if (identityService.createUserQuery().userId(id).count() == 0) {
      throw ApiException.invalid("INVALID", new FieldError("recipientUserId", "unknown", "没有用户 " + id));
    }
    userRefusal(file, id).ifPresent(refused -> {
      throw refused;
    });
    return new Recipient(id, null);
  }

  /**
   * Whom the sender may copy the case to — the users and the groups {@link #recipient} accepts — with their Chinese
   * names; users by group (in the order of {@link #BUREAU_GROUPS}, the regulator last), then by id.
   */
  CopyRecipients recipients(Authentication sender, CaseFile file) {
    Map<String, String> names = roles.groups();
    List<String> groups = groups(file);
    Map<String, CopyRecipients.Person> people = new LinkedHashMap<>();
    for (String group : groups) {
      for (User user : identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        if (!people.containsKey(user.getId()) && !user.getId().equals(sender.getUserId())
            && userRefusal(file, user.getId()).isEmpty()) {
          people.put(user.getId(), new CopyRecipients.Person(user.getId(), display(user), groupsOf(user.getId())
              .stream().filter(groups::contains).map(g -> names.getOrDefault(g, g)).collect(Collectors.joining("、"))));
        }
      }
    }
    String regulator = regulator(file);
    return new CopyRecipients(List.copyOf(people.values()), groups.stream().map(g -> new CopyRecipients.Choice(g,
        g.equals(regulator) ? names.getOrDefault(g, g) + "（本事项监管部门）" : names.getOrDefault(g, g))).toList());
  }

  /** The groups the case may be copied to: the bureau's officers' groups and the item's regulator group. */
  private List<String> groups(CaseFile file) {
    List<String> groups = new ArrayList<>(BUREAU_GROUPS);
    String regulator = regulator(file);
    if (regulator != null && !groups.contains(regulator)) {
      groups.add(regulator);
    }
    return groups;
  }

  private String regulator(CaseFile file) {
    return catalogue.get(file.itemCode()).regulatorGroup();
  }

  /** Why an existing user may not receive a copy of the case (403 with the rule); empty when they may. */
  private Optional<ApiException> userRefusal(CaseFile file, String userId) {
    String bureau = bureau(file);
    if (identityService.createTenantQuery().userMember(userId).tenantId(bureau).count() == 0) {
      return Optional.of(ApiException.forbidden("收件人 " + userId + " 不属于本办件所在的" + bureaus.of(bureau).name()
          + "，不能抄送"));
    }
    List<String> groups = groupsOf(userId);
    if (groups.stream().anyMatch(groups(file)::contains)) {
      return Optional.empty();
    }
    return Optional.of(refusedGroup(groups.isEmpty() ? "" : groups.get(0), regulator(file)));
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  /** "刘志远（head1）" for a user with a name, the id otherwise. */
  private static String display(User user) {
    return user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId()
        : user.getFirstName() + "（" + user.getId() + "）";
  }

  private ApiException refusedGroup(String group, String regulator) {
    if (group.startsWith("regulator") || group.startsWith("dept")) {
      return ApiException.forbidden("只能抄送本事项的监管部门（" + roles.namesOf(regulator) + "），不能抄送"
          + roles.namesOf(group));
    }
    return ApiException.forbidden("只能抄送本局的综合受理窗口、审查员、审批决定人、局负责人、勘验组长、电子监察，或本事项的监管部门（"
        + roles.namesOf(regulator) + "）");
  }

  /** Whether the copy is the caller's to read: to them, or to one of their groups in one of their bureaus. */
  boolean recipientOf(Authentication who, CaseCopy copy) {
    return who.getUserId().equals(copy.recipientUser()) || (copy.recipientGroup() != null
        && who.getGroupIds() != null && who.getGroupIds().contains(copy.recipientGroup())
        && who.getTenantIds() != null && who.getTenantIds().contains(copy.bureauId()));
  }

  /** Whether the caller may read the copy (its case, documents and timeline): its recipient, or its sender. */
  boolean mayRead(Authentication who, CaseCopy copy) {
    return recipientOf(who, copy) || who.getUserId().equals(copy.sentBy());
  }
}
