package cn.gov.oneseal.casefile;

/**
 * A case was closed, in the status it ended in ({@code decision} "grant" / "deny" for a decided case): published in
 * the closing transaction.
 */
public record CaseClosed(String caseNumber, String itemCode, CaseStatus status, String decision) {}
