package cn.gov.oneseal.handover;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * 委托/代理: an officer declares an absence (first and last day, a stand-in of the same group and bureau), or the
 * bureau head does for a member of the bureau; the absent officer, whoever declared it and the bureau head may cancel
 * it (an administrator manages accounts, not who stands in for whom: they see the absences, and may neither declare
 * nor cancel one for an officer). During it {@link StandIns} redirects what would be the officer's; {@link AbsenceSweep}
 * hands over and gives back the claimed tasks.
 */
@Service
public class AbsenceService {

  static final int MAX_DAYS = 366;

  private final Absences absences;
  private final ProcessEngine engine;
  private final Bureaus bureaus;

  public AbsenceService(Absences absences, ProcessEngine engine, Bureaus bureaus) {
    this.absences = absences;
    this.engine = engine;
    this.bureaus = bureaus;
  }

  /** Declares the absence of {@code userId} (null or blank: the caller's own). */
  public Absence declare(Caller caller, String userId, String standIn, String firstDay, String lastDay,
      String reason) {
    String user = userId == null || userId.isBlank() ? caller.userId() : userId.strip();
    String stand = standIn == null ? "" : standIn.strip();
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    List<FieldError> errors = new ArrayList<>();
    LocalDate first = day(firstDay, "firstDay", "第一天", errors);
    LocalDate last = day(lastDay, "lastDay", "最后一天", errors);
    LocalDate today = StandIns.today();
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        errors.add(new FieldError("lastDay", "BEFORE_FIRST_DAY", "最后一天不能早于第一天"));
      } else if (last.isBefore(today)) {
        errors.add(new FieldError("lastDay", "IN_THE_PAST", "不能登记已经过去的请假（今天是 " + today + "）"));
      } else if (first.plusDays(MAX_DAYS).isBefore(last)) {
        errors.add(new FieldError("lastDay", "TOO_LONG", "一次请假不能超过 " + MAX_DAYS + " 天"));
      }
    }
    if (why != null && why.length() > Handovers.MAX_REASON) {
      errors.add(new FieldError("reason", "TOO_LONG", "事由不能超过 " + Handovers.MAX_REASON + " 个字"));
    }
    return AsSystem.call(engine, () -> {
      Colleagues colleagues = new Colleagues(identity(), bureaus);
      if (!user.equals(caller.userId())) {
        requireHeadOf(caller, user, colleagues);
      }
      if (stand.isEmpty()) {
        errors.add(new FieldError("standIn", "REQUIRED", "请选择代理人"));
      } else if (stand.equals(user)) {
        errors.add(new FieldError("standIn", "SAME_OFFICER", "代理人不能是请假人本人"));
      } else {
        standInRefusal(user, stand, colleagues).ifPresent(message ->
            errors.add(new FieldError("standIn", "NOT_A_COLLEAGUE", message)));
      }
      if (errors.isEmpty() && !absences.overlapping(stand, first, last).isEmpty()) {
        errors.add(new FieldError("standIn", "STAND_IN_AWAY", "代理人 " + colleagues.name(stand) + " 在此期间也请假"));
      }
      if (!errors.isEmpty()) {
        throw ApiException.invalid("INVALID", errors);
      }
      absences.overlapping(user, first, last).stream().findFirst().ifPresent(earlier -> {
        throw ApiException.conflict("ABSENCE_OVERLAPS", colleagues.name(user) + " 已登记了 " + earlier.period()
            + " 的请假，与本次时段重叠");
      });
      String bureau = commonBureaus(user, stand, colleagues).stream()
          .filter(b -> caller.userId().equals(user) || caller.tenantIds().contains(b))
          .findFirst().orElseThrow();
      long id = absences.declare(user, stand, bureau, first, last, why, caller.userId(), CaseRecorder.now());
      return absences.find(id).orElseThrow();
    });
  }

  /** The absences the caller may see, not over before today: their own, those they stand in for, their bureau's. */
  public List<Absence> list(Caller caller) {
    LocalDate today = StandIns.today();
    Set<Absence> seen = new LinkedHashSet<>(absences.involving(List.of(caller.userId()), today));
    if (caller.isAdmin()) {
      seen.addAll(absences.ofBureaus(bureaus.bureaus().stream().map(Bureau::id).toList(), today));
    } else if (caller.groupIds().contains(Role.BUREAU_HEAD.groupId())) {
      seen.addAll(absences.ofBureaus(caller.tenantIds(), today));
    }
    return List.copyOf(seen);
  }

  /** Cancels an absence; the sweep gives back what it handed to the stand-in. */
  public Absence cancel(Caller caller, long id) {
    Absence absence = absences.find(id).filter(a -> mayManage(caller, a)
        || caller.userId().equals(a.standIn()))
        .orElseThrow(() -> ApiException.notFound("ABSENCE_NOT_FOUND", "没有编号为 " + id + " 的请假"));
    if (!mayManage(caller, absence)) {
      throw ApiException.forbidden("只有请假人本人、登记人和局负责人可以撤销请假");
    }
    if (absence.cancelledAt() != null || absence.lastDay().isBefore(StandIns.today())) {
      throw ApiException.conflict("ABSENCE_OVER", "该请假已撤销或已结束");
    }
    absences.cancel(id, caller.userId(), CaseRecorder.now());
    return absences.find(id).orElseThrow();
  }

  /** Who may stand in for the officer (the caller, or a member of the head's bureau). */
  public List<Colleagues.Colleague> standIns(Caller caller, String userId) {
    String user = userId == null || userId.isBlank() ? caller.userId() : userId.strip();
    return AsSystem.call(engine, () -> {
      Colleagues colleagues = new Colleagues(identity(), bureaus);
      if (!user.equals(caller.userId())) {
        requireHeadOf(caller, user, colleagues);
      }
      List<Colleagues.Colleague> all = new ArrayList<>();
      for (String bureau : bureausOf(user)) {
        colleagues.of(officerGroups(user), bureau, user).stream().filter(c -> !all.contains(c)).forEach(all::add);
      }
      return all;
    });
  }

  /** For a bureau head: the members of their bureau (but themselves), whose absences they may declare; else none. */
  public List<Colleagues.Colleague> team(Caller caller) {
    if (!caller.groupIds().contains(Role.BUREAU_HEAD.groupId())) {
      return List.of();
    }
    return AsSystem.call(engine, () -> {
      Colleagues colleagues = new Colleagues(identity(), bureaus);
      List<Colleagues.Colleague> team = new ArrayList<>();
      for (String bureau : caller.tenantIds()) {
        identity().createUserQuery().memberOfTenant(bureau).orderByUserId().asc().list().stream()
            .filter(u -> !u.getId().equals(caller.userId()) && !officerGroups(u.getId()).isEmpty())
            .map(u -> new Colleagues.Colleague(u.getId(), colleagues.name(u.getId())))
            .filter(c -> !team.contains(c)).forEach(team::add);
      }
      return team;
    });
  }

  private boolean mayManage(Caller caller, Absence absence) {
    return caller.userId().equals(absence.userId()) || caller.userId().equals(absence.declaredBy())
        || caller.groupIds().contains(Role.BUREAU_HEAD.groupId()) && caller.tenantIds().contains(absence.bureau());
  }

  private void requireHeadOf(Caller caller, String user, Colleagues colleagues) {
    boolean head = caller.groupIds().contains(Role.BUREAU_HEAD.groupId());
    if (!(head && caller.tenantIds().stream().anyMatch(b -> colleagues.worksFor(user, b)))) {
      throw ApiException.forbidden("只有局负责人可以为本局的工作人员登记请假");
    }
    if (identity().createUserQuery().userId(user).count() == 0) {
      throw ApiException.invalid("INVALID", new FieldError("userId", "UNKNOWN", "没有用户名为 " + user + " 的工作人员"));
    }
  }

  private Optional<String> standInRefusal(String user, String stand, Colleagues colleagues) {
    if (identity().createUserQuery().userId(stand).count() == 0) {
      return Optional.of("没有用户名为 " + stand + " 的工作人员");
    }
    List<String> groups = officerGroups(user);
    if (groups.stream().noneMatch(officerGroups(stand)::contains)) {
      return Optional.of("代理人须与请假人同一岗位（" + String.join("、", groups.stream().map(this::groupName)
          .toList()) + "），" + colleagues.name(stand) + " 不在该岗位");
    }
    if (commonBureaus(user, stand, colleagues).isEmpty()) {
      return Optional.of("代理人须与请假人同属一个局，" + colleagues.name(stand) + " 不属于请假人所在的局");
    }
    return Optional.empty();
  }

  private List<String> commonBureaus(String user, String stand, Colleagues colleagues) {
    return bureausOf(user).stream().filter(b -> colleagues.worksFor(stand, b)).toList();
  }

  private List<String> bureausOf(String user) {
    return identity().createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(t -> t.getId()).toList();
  }

  private List<String> officerGroups(String user) {
    return identity().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
        .filter(g -> !Objects.equals(g, Role.ADMIN_GROUP)).toList();
  }

  private String groupName(String groupId) {
    Group group = identity().createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private IdentityService identity() {
    return engine.getIdentityService();
  }

  private static LocalDate day(String value, String field, String label, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "REQUIRED", "请填写请假的" + label));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "INVALID_DATE", label + "应为日期，如 2026-03-02"));
      return null;
    }
  }
}
