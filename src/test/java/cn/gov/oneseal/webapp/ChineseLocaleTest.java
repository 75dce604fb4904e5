package cn.gov.oneseal.webapp;

import static cn.gov.oneseal.webapp.WebappLocales.APPS;
import static cn.gov.oneseal.webapp.WebappLocales.fromWebjar;
import static cn.gov.oneseal.webapp.WebappLocales.json;
import static cn.gov.oneseal.webapp.WebappLocales.ours;
import static cn.gov.oneseal.webapp.WebappLocales.placeholders;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The project's zh.json of each webapp against the en.json of the Camunda webjar on the classpath: every
 * label the webapps can show has a Chinese text with the same {{placeholders}} and HTML tags, so after an
 * upgrade of Camunda the build names the labels still to translate.
 */
class ChineseLocaleTest {

  private static final Pattern TAG = Pattern.compile("<(/?(?:a|br|strong|b|i|em|code|span))\\b");

  @Test
  void everyLabelOfTheWebjarIsTranslated() {
    for (String app : APPS) {
      JsonNode en = json(fromWebjar(app, "locales/en.json")).get("labels");
      JsonNode zh = json(ours(app, "locales/zh.json")).get("labels");
      List<String> missing = new ArrayList<>();
      List<String> empty = new ArrayList<>();
      List<String> placeholders = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (Map.Entry<String, JsonNode> label : en.properties()) {
        String key = label.getKey();
        String english = label.getValue().asText();
        if (!zh.has(key)) {
          missing.add(key);
          continue;
        }
        String chinese = zh.get(key).asText();
        if (!english.isBlank() && chinese.isBlank()) {
          empty.add(key);
        }
        if (!placeholders(english).equals(placeholders(chinese))) {
          placeholders.add(key + ": " + placeholders(english) + " ≠ " + placeholders(chinese));
        }
        if (!key.equals("BANNER_CE_EOL_TEXT") && !tags(english).equals(tags(chinese))) {
          tags.add(key);
        }
      }
      assertThat(missing).as("%s: labels of the webjar's en.json missing in zh.json", app).isEmpty();
      assertThat(empty).as("%s: empty Chinese labels", app).isEmpty();
      assertThat(placeholders).as("%s: placeholders changed", app).isEmpty();
      assertThat(tags).as("%s: HTML tags changed", app).isEmpty();
    }
  }

  @Test
  void noLabelThatTheWebjarDoesNotKnow() {
    for (String app : APPS) {
      JsonNode en = json(fromWebjar(app, "locales/en.json")).get("labels");
      List<String> stale = new ArrayList<>();
      json(ours(app, "locales/zh.json")).get("labels").fieldNames().forEachRemaining(key -> {
        if (!en.has(key)) {
          stale.add(key);
        }
      });
      assertThat(stale).as("%s: zh.json labels the webjar no longer has", app).isEmpty();
    }
  }

  @Test
  void labelsAreChinese() {
    for (String app : APPS) {
      JsonNode zh = json(ours(app, "locales/zh.json")).get("labels");
      long chinese = zh.properties().stream()
          .filter(label -> label.getValue().asText().codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .count();
      // the rest are operators (<, >=), formats (CSV, JSON, YYYY-MM-DD…), ids and numbers
      assertThat(chinese).as("%s: labels in Chinese", app).isGreaterThan(zh.size() * 9L / 10);
      assertThat(zh.path("PROCESS_INSTANCE").asText("流程实例")).as("%s: the bureau's words", app).isEqualTo("流程实例");
    }
  }

  @Test
  void tasklistSpeaksTheBureausWords() {
    JsonNode zh = json(ours("tasklist", "locales/zh.json")).get("labels");
    assertThat(zh.get("CLAIM_TASK").asText()).isEqualTo("认领");
    assertThat(zh.get("UNCLAIM_TASK").asText()).isEqualTo("取消认领");
    // a task is submitted (提交); 办结 is the whole case's end, not one officer's step
    assertThat(zh.get("COMPLETE").asText()).isEqualTo("提交");
    assertThat(zh.get("PROCESS_INSTANCE").asText()).isEqualTo("流程实例");
  }

  @Test
  void datesFollowTheChineseCalendarWordsWhereTheWebjarFormatsDates() {
    for (String app : APPS) {
      JsonNode en = json(fromWebjar(app, "locales/en.json"));
      JsonNode zh = json(ours(app, "locales/zh.json"));
      if (!en.has("dateLocales")) {
        assertThat(zh.has("dateLocales")).as("%s has no dateLocales in en.json", app).isFalse();
        continue;
      }
      assertThat(fields(zh.get("dateLocales"))).as("%s dateLocales", app).isEqualTo(fields(en.get("dateLocales")));
      assertThat(zh.at("/dateLocales/weekdays/1").asText()).isEqualTo("星期一");
      assertThat(zh.at("/dateLocales/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
      assertThat(zh.at("/dateLocales/week/dow").asInt()).as("weeks start on Monday").isEqualTo(1);
    }
  }

  @Test
  void filesAreUtf8WithoutByteOrderMark() {
    for (String app : APPS) {
      byte[] bytes = ours(app, "locales/zh.json");
      assertThat(bytes[0]).as("%s zh.json starts with '{'", app).isEqualTo((byte) '{');
      assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }
  }

  @Test
  void theBannerCarriesTheBureausNoticeNotCamundasMigrationAdvice() {
    for (String app : APPS) {
      String english = json(fromWebjar(app, "locales/en.json")).at("/labels/BANNER_CE_EOL_TEXT").asText();
      String banner = json(ours(app, "locales/zh.json")).at("/labels/BANNER_CE_EOL_TEXT").asText();
      assertThat(english).as("the webjar's banner (hidden by user-styles.css by its link)")
          .contains("migrating-from-camunda-7");
      assertThat(banner).contains("行政审批服务局").doesNotContain("Camunda").doesNotContain("<a");
    }
  }

  private static TreeSet<String> fields(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> tags(String text) {
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      tags.add(m.group(1));
    }
    return tags;
  }
}
