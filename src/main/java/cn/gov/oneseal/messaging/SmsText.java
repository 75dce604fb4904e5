package cn.gov.oneseal.messaging;

import cn.gov.oneseal.notice.NoticeKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text message telling the applicant of a document: the case number, the document, and — when the document asks
 * something of them by a date — what to do by when. Its wording is that of the two templates registered with the SMS
 * provider ({@link #parameters()} fills them); {@link #text(String)} is the message as the applicant's phone shows it.
 *
 * @param due the date as printed on the document (2026年12月18日), or null
 * @param action what to do by then (提交补正材料 …), or null
 * @param complaint for a text about a complaint (the third template): its number, with {@code action} what happened;
 *     {@code caseNumber}, {@code document} and {@code due} are then null
 */
record SmsText(String caseNumber, String document, String due, String action, String complaint) {

  SmsText(String caseNumber, String document, String due, String action) {
    this(caseNumber, document, due, action, null);
  }

  /** A text about a complaint: "您的投诉（编号 …）" followed by what happened. */
  static SmsText complaint(String number, String progress) {
    return new SmsText(null, null, null, progress, number);
  }

  /** Whether it is about a complaint (the complaint template). */
  boolean aboutComplaint() {
    return complaint != null;
  }

  /** The text for a document of this kind issued on the case, asking to act by {@code actBy} (or null). */
  static SmsText of(String caseNumber, NoticeKind kind, String title, String actBy) {
    String action = actBy == null ? null : switch (kind) {
      case CORRECTION -> "提交补正材料";
      case DEFICIENCY -> "补齐容缺材料";
      case RECTIFICATION, SURVEY_RECTIFICATION -> "整改完毕并告知本局";
      case REVOCATION_HEARING, WRONG_APPROVAL_HEARING -> "提出陈述和申辩";
      case GRANT -> "领取许可证件";
      default -> null;
    };
    return new SmsText(caseNumber, "《" + title + "》", action == null ? null : actBy, action);
  }

  /** Whether it asks the applicant to act by a date (the template with a date). */
  boolean asksByDate() {
    return due != null;
  }

  /** The template's parameters, by name. */
  Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (aboutComplaint()) {
      parameters.put("complaintNumber", complaint);
      parameters.put("progress", action);
      return parameters;
    }
    parameters.put("caseNumber", caseNumber);
    parameters.put("document", document);
    if (asksByDate()) {
      parameters.put("due", due);
      parameters.put("action", action);
    }
    return parameters;
  }

  /** The message as it reaches the applicant, signed with the bureau's registered sign name. */
  String text(String signName) {
    if (aboutComplaint()) {
      return "【" + signName + "】您的投诉（编号" + complaint + "）" + action + "，可凭投诉编号和查询码登录网上办事大厅查看。";
    }
    return "【" + signName + "】您的办件" + caseNumber + "已出具" + document
        + (asksByDate() ? "，请于" + due + "前" + action + "。" : "，可登录网上办事大厅查看或下载。");
  }

  /** The text again from the parameters the outbox keeps. */
  static SmsText fromParameters(Map<String, String> parameters) {
    if (parameters.containsKey("complaintNumber")) {
      return complaint(parameters.get("complaintNumber"), parameters.get("progress"));
    }
    return new SmsText(parameters.get("caseNumber"), parameters.get("document"), parameters.get("due"),
        parameters.get("action"));
  }
}
