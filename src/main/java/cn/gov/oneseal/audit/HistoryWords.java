package cn.gov.oneseal.audit;

import java.util.Map;

/**
 * The words of the case history: how the recorded stages and decisions read to an auditor (the key variables' words:
 * process/KeyVariables).
 */
final class HistoryWords {

  private HistoryWords() {}

  /** The stages of case_opinion as an auditor reads them; others are shown as recorded. */
  static final Map<String, String> STAGES = Map.ofEntries(Map.entry("intake", "受理"), Map.entry("review", "审查"),
      Map.entry("signFor", "监管签收"),
      Map.entry("decision", "决定"), Map.entry("survey", "勘验"), Map.entry("opinions", "部门"),
      Map.entry("delivery", "送达"), Map.entry("forward", "报送"), Map.entry("extension", "延期"),
      Map.entry("followUp", "跟踪"), Map.entry("rating", "评价"), Map.entry("wrongApproval", "错误审批"),
      Map.entry("special", "特别程序"));

  /** The commonest decisions of case_opinion; others are shown as recorded. */
  static final Map<String, String> DECISIONS = Map.ofEntries(Map.entry("accept", "受理"),
      Map.entry("reject", "不予受理"), Map.entry("correction", "补正"), Map.entry("commitment", "告知承诺"),
      Map.entry("grant", "准予许可"), Map.entry("deny", "不予许可"), Map.entry("pass", "通过"),
      Map.entry("fail", "不通过"), Map.entry("agree", "同意"), Map.entry("disagree", "不同意"),
      Map.entry("deemedAgree", "视为同意"), Map.entry("scheduled", "已安排"), Map.entry("forwarded", "已报送"),
      Map.entry("signed", "已签收"), Map.entry("WINDOW", "窗口领取"), Map.entry("POST", "邮寄送达"),
      Map.entry("ELECTRONIC", "电子送达"), Map.entry("revoke", "撤销行政许可"), Map.entry("change", "变更行政许可"),
      Map.entry("cancel", "注销行政许可"), Map.entry("keep", "维持行政许可"), Map.entry("approve", "批准"),
      Map.entry("refuse", "不予批准"), Map.entry("met", "符合"), Map.entry("notMet", "不符合"),
      Map.entry("reached", "已联系到申请人"), Map.entry("notReached", "未能联系到申请人"),
      Map.entry("released", "容缺补齐后发证"), Map.entry("recheck", "退回后重新受理审查"));
}
