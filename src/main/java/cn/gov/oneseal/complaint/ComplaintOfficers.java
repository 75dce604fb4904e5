package cn.gov.oneseal.complaint;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Who a complaint can name and who can investigate it, in its bureau: the officers who worked on the named case (or,
 * without a case, the bureau's officers), and the unit heads — 审批决定人 (科长, 分管负责人) and 局负责人. A complaint
 * about a head is investigated by the bureau head; never by the officer it names (回避).
 */
@Component
class ComplaintOfficers {

  /** The groups whose members are unit heads (a complaint about one goes to the bureau head). */
  static final List<String> HEADS = List.of(Role.DECIDER.groupId(), Role.BUREAU_HEAD.groupId());
  /** The groups of the bureau's officers who serve applicants. */
  static final List<String> OFFICERS = List.of(Role.WINDOW.groupId(), Role.REVIEWER.groupId(),
      Role.SURVEY_LEAD.groupId(), Role.DECIDER.groupId(), Role.BUREAU_HEAD.groupId());

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final HistoryService history;
  private final CaseFiles caseFiles;

  ComplaintOfficers(ProcessEngine engine, CaseFiles caseFiles) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
    this.history = engine.getHistoryService();
    this.caseFiles = caseFiles;
  }

  /** The officers a complaint may name: those who worked on the case, else the bureau's, as select options. */
  SpinJsonNode officerOptions(String caseNumber, String bureauId) {
    return options(AsSystem.call(engine, () -> {
      Set<String> ids = new LinkedHashSet<>();
      if (caseNumber != null) {
        CaseFile file = caseFiles.get(caseNumber);
        Stream.of(file.receivedBy(), file.decidedBy()).filter(Objects::nonNull).forEach(ids::add);
        caseFiles.opinions(caseNumber).stream().map(Opinion::officerId).filter(Objects::nonNull).forEach(ids::add);
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
            .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).forEach(ids::add);
      }
      List<User> users = new ArrayList<>();
      for (String id : ids) {
        Optional.ofNullable(identity.createUserQuery().userId(id).singleResult()).ifPresent(users::add);
      }
      if (caseNumber == null) {
        users.addAll(members(OFFICERS, bureauId));
      }
      return users;
    }));
  }

  /** The unit heads of the bureau, as select options. */
  SpinJsonNode investigatorOptions(String bureauId) {
    return options(AsSystem.call(engine, () -> members(HEADS, bureauId)));
  }

  /** The bureau's heads but the one excepted (the officer a complaint names), as candidate users: "head1,head2". */
  String bureauHeadsBut(String bureauId, String excepted) {
    return String.join(",", AsSystem.call(engine, () -> members(List.of(Role.BUREAU_HEAD.groupId()), bureauId))
        .stream().map(User::getId).filter(id -> !id.equals(excepted)).toList());
  }

  /** Whether the user is a unit head (decider or bureau head). */
  boolean isHead(String userId) {
    return AsSystem.call(engine, () -> inAnyGroup(userId, HEADS));
  }

  /** Whether the user is a head of the bureau: in {@code bureauHead} and working for it. */
  boolean isBureauHead(String userId, String bureauId) {
    return AsSystem.call(engine, () -> inAnyGroup(userId, List.of(Role.BUREAU_HEAD.groupId()))
        && worksFor(userId, bureauId));
  }

  /** Whether the user is a unit head working for the bureau. */
  boolean isHeadOf(String userId, String bureauId) {
    return AsSystem.call(engine, () -> inAnyGroup(userId, HEADS) && worksFor(userId, bureauId));
  }

  private boolean inAnyGroup(String userId, List<String> groups) {
    return groups.stream().anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group)
        .count() > 0);
  }

  private boolean worksFor(String userId, String bureauId) {
    return identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).tenantId(bureauId).count() > 0;
  }

  /** The officer the complaint's words name exactly (a user id or a full name), if one. */
  Optional<String> named(String text, SpinJsonNode options) {
    if (text == null) {
      return Optional.empty();
    }
    String words = text.strip();
    List<String> matches = new ArrayList<>();
    for (SpinJsonNode option : options.elements()) {
      String id = option.prop("value").stringValue();
      String label = option.prop("label").stringValue();
      if (id.equals(words) || label.startsWith(words + "（")) {
        matches.add(id);
      }
    }
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /** "王强（reviewer1）", or the id of a user not (or no longer) in the identity service. */
  String name(String userId) {
    if (userId == null) {
      return null;
    }
    User user = AsSystem.call(engine, () -> identity.createUserQuery().userId(userId).singleResult());
    return user == null || user.getFirstName() == null ? userId : user.getFirstName() + "（" + userId + "）";
  }

  private List<User> members(List<String> groups, String bureauId) {
    Map<String, User> users = new LinkedHashMap<>();
    for (String group : groups) {
      for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        if (worksFor(user.getId(), bureauId)) {
          users.putIfAbsent(user.getId(), user);
        }
      }
    }
    return List.copyOf(users.values());
  }

  private static SpinJsonNode options(List<User> users) {
    List<Map<String, String>> options = new ArrayList<>();
    for (User user : users) {
      String name = user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId() : user.getFirstName();
      String title = user.getLastName() == null ? "" : user.getLastName().replaceAll("[（）()]", "");
      options.add(Map.of("value", user.getId(), "label", name + "（" + user.getId()
          + (title.isBlank() ? "" : "，" + title) + "）"));
    }
    return Spin.JSON(options);
  }
}
