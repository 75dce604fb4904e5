package cn.gov.oneseal.province;

import cn.gov.oneseal.casefile.CaseDates;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The milestones the bureau's cases reached in a period, from the case file's dates ({@link CaseFiles#datesBetween})
 * — what the platform should have acknowledged, whether or not a report was ever made.
 */
@Component
class CaseMilestones {

  /** A case reached a milestone at a time. */
  record Reached(String caseNumber, Milestone milestone, OffsetDateTime at) {}

  private final CaseFiles caseFiles;

  CaseMilestones(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  /** Every milestone reached in [from, to), by case. */
  List<Reached> between(OffsetDateTime from, OffsetDateTime to) {
    List<Reached> reached = new ArrayList<>();
    for (CaseDates dates : caseFiles.datesBetween(from, to)) {
      String caseNumber = dates.caseNumber();
      CaseStatus status = dates.status();
      add(reached, caseNumber, Milestone.RECEIVED, dates.receivedAt(), from, to);
      add(reached, caseNumber, Milestone.ACCEPTED,
          status == CaseStatus.REJECTED ? dates.closedAt() : dates.acceptedAt(), from, to);
      add(reached, caseNumber, Milestone.DECIDED, MilestoneReports.ENDED_UNDECIDED.contains(status)
          && dates.decidedAt() == null ? dates.closedAt() : dates.decidedAt(), from, to);
      add(reached, caseNumber, Milestone.DELIVERED, dates.deliveredAt(), from, to);
    }
    return reached;
  }

  private static void add(List<Reached> reached, String caseNumber, Milestone milestone, OffsetDateTime at,
      OffsetDateTime from, OffsetDateTime to) {
    if (at != null && !at.isBefore(from) && at.isBefore(to)) {
      reached.add(new Reached(caseNumber, milestone, at));
    }
  }
}
