package cn.gov.oneseal.dispatch;

import java.util.Map;

/**
 * The body of one kind of post to a regulator's system, provided by the feature that produces it.
 * The client adds what every post carries (kind, case, item, bureau, regulator group).
 */
public interface NotificationContent {

  NotificationKind kind();

  /** The kind's own fields for the case (and the report, for kinds that have one; else null). */
  Map<String, Object> body(String caseNumber, Long reportId);
}
