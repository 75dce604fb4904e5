package cn.gov.oneseal.province;

import cn.gov.oneseal.casefile.CaseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The milestones the bureau's cases reached in a period, read from the case file (read-only: casefile/CaseFiles owns
 * {@code case_file}) — what the platform should have acknowledged, whether or not a report was ever made.
 */
@Repository
class CaseMilestones {

  /** A case reached a milestone at a time. */
  record Reached(String caseNumber, Milestone milestone, OffsetDateTime at) {}

  private final JdbcTemplate jdbc;

  CaseMilestones(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every milestone reached in [from, to), by case. */
  List<Reached> between(OffsetDateTime from, OffsetDateTime to) {
    List<Reached> reached = new ArrayList<>();
    jdbc.query("""
        select case_number, status, received_at, accepted_at, decided_at, delivered_at, closed_at from case_file
        where (received_at >= ? and received_at < ?) or (accepted_at >= ? and accepted_at < ?)
          or (decided_at >= ? and decided_at < ?) or (delivered_at >= ? and delivered_at < ?)
          or (closed_at >= ? and closed_at < ?)
        order by case_number""", (ResultSet rs) -> {
      while (rs.next()) {
        String caseNumber = rs.getString("case_number");
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        add(reached, caseNumber, Milestone.RECEIVED, time(rs, "received_at"), from, to);
        add(reached, caseNumber, Milestone.ACCEPTED,
            status == CaseStatus.REJECTED ? time(rs, "closed_at") : time(rs, "accepted_at"), from, to);
        add(reached, caseNumber, Milestone.DECIDED, MilestoneReports.ENDED_UNDECIDED.contains(status)
            && time(rs, "decided_at") == null ? time(rs, "closed_at") : time(rs, "decided_at"), from, to);
        add(reached, caseNumber, Milestone.DELIVERED, time(rs, "delivered_at"), from, to);
      }
      return null;
    }, from, to, from, to, from, to, from, to, from, to);
    return reached;
  }

  private static void add(List<Reached> reached, String caseNumber, Milestone milestone, OffsetDateTime at,
      OffsetDateTime from, OffsetDateTime to) {
    if (at != null && !at.isBefore(from) && at.isBefore(to)) {
      reached.add(new Reached(caseNumber, milestone, at));
    }
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
