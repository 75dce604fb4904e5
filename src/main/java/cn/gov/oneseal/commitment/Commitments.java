package cn.gov.oneseal.commitment;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code commitment} (告知承诺: the commitment signed in a case and where it stands), as the regulators'
 * API reads it. This repository is the table's owner: its readers go through it. (Its rows are still written by
 * {@link CommitmentAcceptance} and {@link CommitmentVerification}; their writes belong here too.)
 */
@Repository
public class Commitments {

  /** Where a case's commitment stands, and why. */
  public record Standing(String status, String statusNote) {}

  private final JdbcTemplate jdbc;

  public Commitments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The case's commitment, if the case was handled by 告知承诺. */
  public Optional<Standing> standing(String caseNumber) {
    return jdbc.query("select status, status_note from commitment where case_number = ?",
        (rs, i) -> new Standing(rs.getString("status"), rs.getString("status_note")), caseNumber).stream()
        .findFirst();
  }
}
