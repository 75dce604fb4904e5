package cn.gov.oneseal.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The case table and its opinions and materials ({@code case_file}, {@code case_opinion}, {@code case_material}), and
 * their one owner: every write of them is here (the deadlines the clock computes, the query code's hash, a material
 * first submitted online included); reports may join them read-only. Runs in the engine's transaction (the same data
 * source and transaction manager), so a failing step leaves neither engine state nor case data. The one writer of
 * a case's start (registration) and end (the closing time), it publishes both ({@link CaseRegistered},
 * {@link CaseClosed}) for whoever counts them (operations/CaseMetrics), and the milestones between them
 * ({@link CaseAccepted}, {@link CaseDecided}, {@link CaseDelivered}) for whoever reports them (the provincial
 * platform's reports). The applicant's name, written only here at registration, is indexed for the case history's
 * search in the same transaction ({@link ApplicantNameGrams}).
 */
@Repository
public class CaseFiles {

  private static final RowMapper<CaseFile> CASE = CaseFiles::mapCase;

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final ApplicantNameGrams applicantNames;

  public CaseFiles(JdbcTemplate jdbc, ApplicationEventPublisher events, ApplicantNameGrams applicantNames) {
    this.jdbc = jdbc;
    this.events = events;
    this.applicantNames = applicantNames;
  }

  public void register(CaseFile c) {
    jdbc.update("""
        insert into case_file (case_number, item_code, applicant_name, applicant_id_type, applicant_id,
          contact_name, contact_phone, premises_address, business_scope, status, received_at, received_by,
          process_instance_id, bureau_id, catalogue_version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        c.caseNumber(), c.itemCode(), c.applicantName(), c.applicantIdType(), c.applicantId(), c.contactName(),
        c.contactPhone(), c.premisesAddress(), c.businessScope(), c.status().name(), c.receivedAt(),
        c.receivedBy(), c.processInstanceId(), c.bureauId(), c.catalogueVersion());
    applicantNames.index(c.caseNumber(), c.applicantName());
    events.publishEvent(new CaseRegistered(c.caseNumber(), c.itemCode(), c.bureauId()));
  }

  /** The applicant's e-mail address for the case's notices (null: none given). */
  public void contactEmail(String caseNumber, String email) {
    update(jdbc.update("update case_file set contact_email = ? where case_number = ?", email, caseNumber), caseNumber);
  }

  /** The applicant's e-mail address, when one was given. */
  public Optional<String> contactEmail(String caseNumber) {
    return jdbc.query("select contact_email from case_file where case_number = ?",
        (rs, row) -> rs.getString("contact_email"), caseNumber).stream().filter(e -> e != null).findFirst();
  }

  public void addMaterial(String caseNumber, String code, String name) {
    jdbc.update("insert into case_material (case_number, material_code, material_name) values (?, ?, ?)",
        caseNumber, code, name);
  }

  /** Adds the material to the case's list unless it is listed already (a file of it arrived later). */
  public void listMaterial(String caseNumber, String code, String name) {
    Integer listed = jdbc.queryForObject(
        "select count(*) from case_material where case_number = ? and material_code = ?", Integer.class,
        caseNumber, code);
    if (listed == null || listed == 0) {
      addMaterial(caseNumber, code, name);
    }
  }

  public List<String> materialCodes(String caseNumber) {
    return jdbc.queryForList("select material_code from case_material where case_number = ? order by material_code",
        String.class, caseNumber);
  }

  public List<String> materialNames(String caseNumber) {
    return jdbc.queryForList("select material_name from case_material where case_number = ? order by material_code",
        String.class, caseNumber);
  }

  public Optional<CaseFile> find(String caseNumber) {
    return jdbc.query("select * from case_file where case_number = ?", CASE, caseNumber).stream().findFirst();
  }

  public CaseFile get(String caseNumber) {
    return find(caseNumber).orElseThrow(() -> new IllegalStateException("办件不存在: " + caseNumber));
  }

  /** Accepted at {@code at}; the deadlines are written by the case's clock. */
  public void accepted(String caseNumber, OffsetDateTime at) {
    update(jdbc.update("update case_file set status = ?, accepted_at = ? where case_number = ?",
        CaseStatus.ACCEPTED.name(), at, caseNumber), caseNumber);
    CaseFile file = get(caseNumber);
    events.publishEvent(new CaseAccepted(caseNumber, file.itemCode(), file.bureauId(), at));
  }

  /** The deadlines as the case's clock gives them now (the one place every screen reads them from). */
  public void deadlines(String caseNumber, OffsetDateTime promisedDue, OffsetDateTime statutoryDue) {
    jdbc.update("update case_file set promised_due = ?, statutory_due = ? where case_number = ?", promisedDue,
        statutoryDue, caseNumber);
  }

  /** The SHA-256 of the case's query code ({@link QuerySecrets}), replacing any earlier one. */
  void querySecretHash(String caseNumber, String hash) {
    jdbc.update("update case_file set query_secret_hash = ? where case_number = ?", hash, caseNumber);
  }

  /** The SHA-256 of the case's query code, if the case exists and has one. */
  Optional<String> querySecretHash(String caseNumber) {
    return jdbc.query("select query_secret_hash from case_file where case_number = ?", (rs, i) -> rs.getString(1),
        caseNumber).stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public void rejected(String caseNumber, OffsetDateTime at, String reasons, String remedies) {
    update(jdbc.update("""
        update case_file set status = ?, outcome_reasons = ?, remedies = ?, closed_at = ? where case_number = ?""",
        CaseStatus.REJECTED.name(), reasons, remedies, at, caseNumber), caseNumber);
    closed(caseNumber);
  }

  /** Ended without a decision (视为放弃). */
  public void withdrawn(String caseNumber, OffsetDateTime at, String reasons) {
    update(jdbc.update("update case_file set status = ?, outcome_reasons = ?, closed_at = ? where case_number = ?",
        CaseStatus.WITHDRAWN.name(), reasons, at, caseNumber), caseNumber);
    closed(caseNumber);
  }

  /** Ended early in a given status (e.g. 撤销受理) with the reasons. */
  public void ended(String caseNumber, CaseStatus status, OffsetDateTime at, String reasons) {
    update(jdbc.update("update case_file set status = ?, outcome_reasons = ?, closed_at = ? where case_number = ?",
        status.name(), reasons, at, caseNumber), caseNumber);
    closed(caseNumber);
  }

  public void status(String caseNumber, CaseStatus status) {
    update(jdbc.update("update case_file set status = ? where case_number = ?", status.name(), caseNumber),
        caseNumber);
  }

  public void decided(String caseNumber, CaseStatus status, OffsetDateTime at, String by, String reasons,
      String remedies, String licenceNumber, LocalDate validUntil) {
    update(jdbc.update("""
        update case_file set status = ?, decision = ?, decided_at = ?, decided_by = ?, outcome_reasons = ?,
          remedies = ?, licence_number = ?, licence_valid_until = ? where case_number = ?""",
        status.name(), status == CaseStatus.DENIED ? "deny" : "grant", at, by, reasons, remedies, licenceNumber,
        validUntil, caseNumber), caseNumber);
    CaseFile file = get(caseNumber);
    events.publishEvent(new CaseDecided(caseNumber, file.itemCode(), file.bureauId(), status, at, reasons));
  }

  /** The granted licence is issued: its number and validity (a grant held for 容缺 supplements gets them late). */
  public void licensed(String caseNumber, String licenceNumber, LocalDate validUntil) {
    update(jdbc.update("""
        update case_file set status = ?, licence_number = ?, licence_valid_until = ? where case_number = ?""",
        CaseStatus.GRANTED.name(), licenceNumber, validUntil, caseNumber), caseNumber);
  }

  public void delivered(String caseNumber, OffsetDateTime at, String method) {
    update(jdbc.update("update case_file set status = ?, delivered_at = ?, delivery_method = ? where case_number = ?",
        CaseStatus.DELIVERED.name(), at, method, caseNumber), caseNumber);
    CaseFile file = get(caseNumber);
    events.publishEvent(new CaseDelivered(caseNumber, file.itemCode(), file.bureauId(), at, method));
  }

  public void signedFor(String caseNumber, OffsetDateTime at, String by) {
    update(jdbc.update("""
        update case_file set status = ?, signed_for_at = ?, signed_for_by = ?, closed_at = ? where case_number = ?""",
        CaseStatus.COMPLETED.name(), at, by, at, caseNumber), caseNumber);
    closed(caseNumber);
  }

  public void recordOpinion(Opinion o) {
    jdbc.update("""
        insert into case_opinion (case_number, stage, task_id, officer_id, decision, opinion, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""",
        o.caseNumber(), o.stage(), o.taskId(), o.officerId(), o.decision(), o.opinion(), o.recordedAt());
  }

  public List<Opinion> opinions(String caseNumber) {
    return jdbc.query("select * from case_opinion where case_number = ? order by recorded_at, id",
        (rs, i) -> new Opinion(rs.getString("case_number"), rs.getString("stage"), rs.getString("task_id"),
            rs.getString("officer_id"), rs.getString("decision"), rs.getString("opinion"),
            rs.getObject("recorded_at", OffsetDateTime.class)),
        caseNumber);
  }

  /** Publishes the case's end: its item and how it ended. */
  private void closed(String caseNumber) {
    jdbc.query("select item_code, status, decision from case_file where case_number = ?",
        (RowCallbackHandler) rs -> events.publishEvent(new CaseClosed(caseNumber, rs.getString("item_code"),
            CaseStatus.valueOf(rs.getString("status")), rs.getString("decision"))),
        caseNumber);
  }

  private static void update(int rows, String caseNumber) {
    if (rows != 1) {
      throw new IllegalStateException("办件不存在: " + caseNumber);
    }
  }

  private static CaseFile mapCase(ResultSet rs, int row) throws SQLException {
    return new CaseFile(rs.getString("case_number"), rs.getString("item_code"), rs.getString("applicant_name"),
        rs.getString("applicant_id_type"), rs.getString("applicant_id"), rs.getString("contact_name"),
        rs.getString("contact_phone"), rs.getString("premises_address"), rs.getString("business_scope"),
        CaseStatus.valueOf(rs.getString("status")), time(rs, "received_at"), rs.getString("received_by"),
        time(rs, "accepted_at"), time(rs, "promised_due"), time(rs, "statutory_due"), rs.getString("decision"),
        time(rs, "decided_at"), rs.getString("decided_by"), rs.getString("outcome_reasons"),
        rs.getString("remedies"), rs.getString("licence_number"), rs.getObject("licence_valid_until", LocalDate.class),
        time(rs, "delivered_at"), rs.getString("delivery_method"), time(rs, "signed_for_at"),
        rs.getString("signed_for_by"), time(rs, "closed_at"), rs.getString("process_instance_id"),
        rs.getString("bureau_id"), rs.getObject("catalogue_version", Integer.class));
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }

  /** The cases that were received, accepted, decided, delivered or closed in [from, to), by case number. */
  public List<CaseDates> datesBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query("""
        select case_number, status, received_at, accepted_at, decided_at, delivered_at, closed_at from case_file
        where (received_at >= ? and received_at < ?) or (accepted_at >= ? and accepted_at < ?)
          or (decided_at >= ? and decided_at < ?) or (delivered_at >= ? and delivered_at < ?)
          or (closed_at >= ? and closed_at < ?)
        order by case_number""", (rs, i) -> new CaseDates(rs.getString("case_number"),
        CaseStatus.valueOf(rs.getString("status")), rs.getObject("received_at", OffsetDateTime.class),
        rs.getObject("accepted_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
        rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class)),
        from, to, from, to, from, to, from, to, from, to);
  }
}
