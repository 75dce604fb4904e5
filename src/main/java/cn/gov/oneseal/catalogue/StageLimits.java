package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.catalogue.ApprovalItem.SurveyMode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item's {@code stageLimits}: the stages its type has (the survey only where the item holds one), each with a
 * limit in working days, within what the Licensing Law allows and, after acceptance, within the promised limit.
 */
final class StageLimits {

  /** Licensing Law art. 32: a correction notice later than 5 WD after receipt means acceptance. */
  static final int MAX_INTAKE = 5;
  /** Licensing Law art. 43: the first examination of a 上报件 takes at most 20 WD. */
  static final int MAX_REPORT_REVIEW = 20;
  /** Licensing Law art. 44: licences are issued and delivered within 10 WD of the decision. */
  static final int MAX_DELIVERY = 10;

  private StageLimits() {}

  /** The stages each item type has; the survey only where the item may hold one. */
  static Set<Stage> stagesOf(ItemType type, SurveyMode survey) {
    Set<Stage> stages = switch (type) {
      case INSTANT -> EnumSet.of(Stage.INTAKE, Stage.DELIVERY, Stage.SIGN_FOR);
      case PROMISE -> EnumSet.of(Stage.INTAKE, Stage.REVIEW, Stage.DECISION, Stage.DELIVERY, Stage.SIGN_FOR);
      case REPORT -> EnumSet.of(Stage.INTAKE, Stage.REVIEW, Stage.DELIVERY, Stage.SIGN_FOR);
      case JOINT -> EnumSet.of(Stage.INTAKE, Stage.OPINIONS, Stage.DECISION, Stage.DELIVERY, Stage.SIGN_FOR);
    };
    if (survey != SurveyMode.NONE) {
      stages.add(Stage.SURVEY);
    }
    return stages;
  }

  static Map<Stage, Integer> read(JsonNode node, ItemType type, SurveyMode survey, int promised,
      String where, List<String> problems) {
    Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
    Set<Stage> expected = stagesOf(type, survey);
    for (Stage stage : Stage.values()) {
      JsonNode value = node.get(stage.key());
      String at = where + ".stageLimits." + stage.key();
      if (!expected.contains(stage)) {
        if (value != null) {
          problems.add(at + ": " + type.label() + (stage == Stage.SURVEY ? "（无现场勘验）" : "") + "没有" + stage.label() + "环节");
        }
        continue;
      }
      int minimum = type == ItemType.INSTANT && stage == Stage.INTAKE ? 0 : 1;
      if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < minimum) {
        problems.add(at + ": 须为" + (minimum == 0 ? "非负" : "正") + "整数（" + stage.label() + "环节工作日）");
        continue;
      }
      limits.put(stage, value.asInt());
    }
    node.fieldNames().forEachRemaining(key -> {
      if (java.util.Arrays.stream(Stage.values()).noneMatch(stage -> stage.key().equals(key))) {
        problems.add(where + ".stageLimits." + key + ": 没有这个环节（环节为 intake、survey、review、opinions、decision、"
            + "delivery、signFor）");
      }
    });
    if (limits.getOrDefault(Stage.INTAKE, 0) > MAX_INTAKE) {
      problems.add(where + ".stageLimits.intake: 受理环节不得超过 " + MAX_INTAKE + " 个工作日（行政许可法第三十二条）");
    }
    if (type == ItemType.REPORT && limits.getOrDefault(Stage.REVIEW, 0) > MAX_REPORT_REVIEW) {
      problems.add(where + ".stageLimits.review: 上报件初审不得超过 " + MAX_REPORT_REVIEW + " 个工作日（第四十三条）");
    }
    if (limits.getOrDefault(Stage.DELIVERY, 0) > MAX_DELIVERY) {
      problems.add(where + ".stageLimits.delivery: 制证送达不得超过 " + MAX_DELIVERY + " 个工作日（第四十四条）");
    }
    int clocked = 0;
    for (Stage stage : List.of(Stage.SURVEY, Stage.REVIEW, Stage.OPINIONS, Stage.DECISION)) {
      clocked += limits.getOrDefault(stage, 0);
    }
    if (type != ItemType.INSTANT && promised > 0 && clocked > promised) {
      problems.add(where + ".stageLimits: 受理后各环节时限之和 " + clocked + " 超过承诺时限 " + promised);
    }
    return limits;
  }
}
