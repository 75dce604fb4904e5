package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity.DayKind;
import java.time.OffsetDateTime;

/**
 * One 批前公示 of a case: the public summary (item, title, applicant as published, location), the period and whether
 * it is still open.
 */
record Publicity(long id, String caseNumber, String itemName, String title, String applicant, String location,
    int days, DayKind dayKind, OffsetDateTime startsAt, OffsetDateTime endsAt, String state, OffsetDateTime closedAt) {

  static final String OPEN = "OPEN";
  static final String CLOSED = "CLOSED";

  /** Open for objections at {@code now}: not closed and the period not over. */
  boolean openAt(OffsetDateTime now) {
    return OPEN.equals(state) && !now.isAfter(endsAt);
  }

  /** The period as people read it: 7 个工作日 / 7 日. */
  String periodWords() {
    return days + (dayKind == DayKind.WORKING ? " 个工作日" : " 日（自然日）");
  }
}
