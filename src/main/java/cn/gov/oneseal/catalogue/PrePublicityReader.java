package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity;
import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity.DayKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 批前公示 in an item's entry ({@code prePublicity: {days: 7, dayKind: WORKING}}): absent means none; else 1 to
 * {@value ApprovalItem.PrePublicity#MAX_DAYS} days, counted as working or calendar days, only for items whose chain
 * holds the shared review (承诺件, 上报件). The period runs on the case's clock, so it must fit in the promised limit
 * with the stages after acceptance (N calendar days hold at most N working days).
 */
final class PrePublicityReader {

  private PrePublicityReader() {}

  static Optional<PrePublicity> read(JsonNode node, ItemType type, Map<Stage, Integer> stageLimits, int promised,
      String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    String at = where + ".prePublicity";
    if (!node.isObject()) {
      problems.add(at + ": 须写成 {days: 公示天数, dayKind: WORKING（工作日）或 CALENDAR（自然日）}");
      return Optional.empty();
    }
    JsonNode days = node.get("days");
    boolean valid = true;
    if (days == null || !days.isIntegralNumber() || !days.canConvertToInt() || days.asInt() < 1
        || days.asInt() > PrePublicity.MAX_DAYS) {
      problems.add(at + ".days: 公示期须为 1 到 " + PrePublicity.MAX_DAYS + " 之间的整数（天）");
      valid = false;
    }
    DayKind kind = null;
    String kindText = node.path("dayKind").asText("");
    for (DayKind candidate : DayKind.values()) {
      if (candidate.name().equalsIgnoreCase(kindText)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      problems.add(at + ".dayKind: 公示期的计日方式须为 WORKING（工作日）或 CALENDAR（自然日）"
          + (kindText.isBlank() ? "" : "，而不是 " + kindText));
      valid = false;
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!key.equals("days") && !key.equals("dayKind")) {
        problems.add(at + "." + key + ": 批前公示没有这一项（只有 days 和 dayKind）");
      }
    });
    if (type != ItemType.PROMISE && type != ItemType.REPORT) {
      problems.add(at + ": " + type.label() + "不经审查环节，不能批前公示（批前公示在审查意见之前进行）");
      valid = false;
    }
    if (!valid) {
      return Optional.empty();
    }
    int clocked = 0;
    for (Stage stage : List.of(Stage.SURVEY, Stage.REVIEW, Stage.OPINIONS, Stage.DECISION)) {
      clocked += stageLimits.getOrDefault(stage, 0);
    }
    if (promised > 0 && clocked + days.asInt() > promised) {
      problems.add(at + ".days: 公示期计入办理时限：受理后各环节时限之和 " + clocked + " 加公示期 " + days.asInt()
          + " 天超过承诺时限 " + promised + " 个工作日");
    }
    return Optional.of(new PrePublicity(days.asInt(), kind));
  }
}
