package cn.gov.oneseal.complaint;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.security.Role;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who reads complaints and accountability: e-supervision and audit (their bureaus), the bureau head (their bureau),
 * administrators, and for one complaint its investigator; an officer reads their own file. Colleagues read neither
 * (403), nor does the officer a complaint names read that complaint, even as a head.
 */
@Component
class ComplaintReaders {

  static final Set<String> OVERSEERS = Set.of(Role.SUPERVISOR.groupId(), Role.AUDITOR.groupId(),
      Role.BUREAU_HEAD.groupId());

  /** Who asks: the user, their groups and bureaus. */
  record Reader(String userId, List<String> groups, List<String> bureaus) {

    static Reader of(Authentication authentication) {
      if (authentication == null || authentication.getUserId() == null) {
        throw ApiException.forbidden("请先登录");
      }
      return new Reader(authentication.getUserId(), authentication.getGroupIds() == null ? List.of()
          : List.copyOf(authentication.getGroupIds()), authentication.getTenantIds() == null ? List.of()
          : List.copyOf(authentication.getTenantIds()));
    }

    boolean admin() {
      return groups.contains(Role.ADMIN_GROUP);
    }

    /** Whether they oversee the bureau: e-supervision, audit or its head, working for it (or an administrator). */
    boolean oversees(String bureauId) {
      return admin() || (groups.stream().anyMatch(OVERSEERS::contains) && bureaus.contains(bureauId));
    }

    /** Whether they oversee any bureau (lists and statistics, filtered by {@link #oversees}). */
    boolean overseer() {
      return admin() || groups.stream().anyMatch(OVERSEERS::contains);
    }
  }

  /** 403 unless the reader oversees some bureau. */
  void requireOverseer(Reader reader) {
    if (!reader.overseer()) {
      throw ApiException.forbidden("投诉和责任追究记录仅供电子监察、审计和局负责人查看");
    }
  }

  /** 404 (as if unknown) unless the reader oversees the complaint's bureau or investigates it. */
  void requireComplaint(Reader reader, Complaint complaint) {
    if (reader.userId().equals(complaint.namedOfficer()) && !reader.admin()) {
      throw ApiException.forbidden("回避：本投诉涉及您本人，您可以在提交情况说明的任务中说明情况，但不能查看投诉的调查处理");
    }
    if (!reader.oversees(complaint.bureauId()) && !reader.userId().equals(complaint.investigator())) {
      requireOverseer(reader);
      throw ApiException.notFound("NOT_FOUND", "投诉 " + complaint.number() + " 不存在或不属于您所在的行政审批局");
    }
  }

  /** 403 unless the reader may read the officer's file (their own, or as an overseer of one of its bureaus). */
  void requireFile(Reader reader, String officerId) {
    if (!reader.userId().equals(officerId) && !reader.overseer()) {
      throw ApiException.forbidden("工作人员的责任追究记录仅供本人、电子监察、审计和局负责人查看");
    }
  }
}
