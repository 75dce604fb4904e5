package cn.gov.oneseal.casefile;

/** A case was registered (收件): published in the registering transaction. */
public record CaseRegistered(String caseNumber, String itemCode, String bureauId) {}
