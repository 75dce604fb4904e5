package cn.gov.oneseal.audit;

import java.time.LocalDate;

/**
 * What an auditor searches cases by; every criterion is optional. {@code applicant} matches the applicant's
 * name (contains) or id (exact); {@code officer} is a user id who received, claimed or completed a step,
 * recorded an opinion or decided; {@code status} is a {@link cn.gov.oneseal.casefile.CaseStatus} name;
 * {@code state} is {@code running} or {@code finished}; the received dates are Asia/Shanghai days, inclusive.
 */
public record CaseSearch(String caseNumber, String applicant, String itemCode, LocalDate receivedFrom,
    LocalDate receivedTo, String officer, String status, String state, int page, int size) {

  public static final int MAX_SIZE = 100;

  public CaseSearch {
    caseNumber = blankToNull(caseNumber);
    applicant = blankToNull(applicant);
    itemCode = blankToNull(itemCode);
    officer = blankToNull(officer);
    status = blankToNull(status);
    state = blankToNull(state);
    if (page < 0) {
      throw new IllegalArgumentException("页码不能小于 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("每页条数须在 1 到 " + MAX_SIZE + " 之间");
    }
    if (state != null && !state.equals("running") && !state.equals("finished")) {
      throw new IllegalArgumentException("办理状态只能是 running 或 finished");
    }
    if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
      throw new IllegalArgumentException("收件日期的结束日早于开始日");
    }
  }

  /** Everything, first page of 20. */
  public static CaseSearch all() {
    return new CaseSearch(null, null, null, null, null, null, null, null, 0, 20);
  }

  public CaseSearch withCaseNumber(String value) {
    return new CaseSearch(value, applicant, itemCode, receivedFrom, receivedTo, officer, status, state, page, size);
  }

  public CaseSearch withApplicant(String value) {
    return new CaseSearch(caseNumber, value, itemCode, receivedFrom, receivedTo, officer, status, state, page, size);
  }

  public CaseSearch withItemCode(String value) {
    return new CaseSearch(caseNumber, applicant, value, receivedFrom, receivedTo, officer, status, state, page, size);
  }

  public CaseSearch withReceived(LocalDate from, LocalDate to) {
    return new CaseSearch(caseNumber, applicant, itemCode, from, to, officer, status, state, page, size);
  }

  public CaseSearch withOfficer(String value) {
    return new CaseSearch(caseNumber, applicant, itemCode, receivedFrom, receivedTo, value, status, state, page, size);
  }

  public CaseSearch withStatus(String value) {
    return new CaseSearch(caseNumber, applicant, itemCode, receivedFrom, receivedTo, officer, value, state, page, size);
  }

  public CaseSearch withState(String value) {
    return new CaseSearch(caseNumber, applicant, itemCode, receivedFrom, receivedTo, officer, status, value, page, size);
  }

  public CaseSearch withPage(int newPage, int newSize) {
    return new CaseSearch(caseNumber, applicant, itemCode, receivedFrom, receivedTo, officer, status, state, newPage,
        newSize);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
