package cn.gov.oneseal.webapp;

import static cn.gov.oneseal.webapp.WebappLocales.APPS;
import static cn.gov.oneseal.webapp.WebappLocales.fromWebjar;
import static cn.gov.oneseal.webapp.WebappLocales.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a browser gets from the running application under /camunda/app: the project's config.js (zh offered
 * first, English as fallback), zh.json and user-styles.css, in place of the webjar's files.
 */
@OneSealSpringTest
class WebappConfigServedTest {

  private static final Pattern LOCALES = Pattern.compile(
      "locales:\\s*\\{\\s*availableLocales:\\s*\\[([^]]*)]\\s*,\\s*fallbackLocale:\\s*'(\\w+)'");
  private static final Pattern SHORTCUT_KEY = Pattern.compile("key:\\s*'([^']+)'");

  @Autowired TestRestTemplate rest;

  String get(String path) {
    ResponseEntity<byte[]> response = rest.getForEntity("/camunda/app/" + path, byte[].class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return new String(response.getBody(), StandardCharsets.UTF_8);
  }

  @Test
  void everyAppOffersChineseFirstAndEnglishAsFallback() {
    for (String app : APPS) {
      String config = get(app + "/scripts/config.js");
      Matcher locales = LOCALES.matcher(config);
      assertThat(locales.find()).as("%s config.js declares locales: %s", app, config).isTrue();
      assertThat(locales.group(1).replaceAll("\\s", "")).as(app).isEqualTo("'zh','en'");
      assertThat(locales.group(2)).as(app).isEqualTo("en");
      assertThat(config).as("an ES module like the webjar's").contains("export default {");
      assertThat(config).as("%s header: the bureau's product, not Camunda's", app).contains("vendor: '一颗印章'");
    }
  }

  @Test
  void theChineseLabelsAreServed() {
    for (String app : APPS) {
      String zh = get(app + "/locales/zh.json");
      assertThat(json(zh.getBytes(StandardCharsets.UTF_8)).get("labels").size()).as(app)
          .isEqualTo(json(fromWebjar(app, "locales/en.json")).get("labels").size());
    }
    assertThat(get("tasklist/locales/zh.json")).contains("\"CLAIM_TASK\" : \"认领\"".replace(" : ", ": "));
    assertThat(get("tasklist/locales/en.json")).as("English still comes from the webjar").contains("\"Claim\"");
  }

  @Test
  void tasklistKeepsTheWebjarsKeyboardShortcuts() {
    String ours = get("tasklist/scripts/config.js");
    String webjar = new String(fromWebjar("tasklist", "scripts/config.js"), StandardCharsets.UTF_8);
    assertThat(keys(ours)).isNotEmpty().isEqualTo(keys(webjar));
  }

  @Test
  void camundasMigrationBannerIsHiddenAndTheBureausNoticeShown() {
    for (String app : APPS) {
      String css = get(app + "/styles/user-styles.css");
      assertThat(css).as(app)
          .contains(".ce-eol-banner:has(a[href*=\"migrating-from-camunda-7\"])")
          .containsPattern("migrating-from-camunda-7\"\\]\\)\\s*\\{\\s*display:\\s*none;");
      assertThat(json(fromWebjar(app, "locales/en.json")).at("/labels/BANNER_CE_EOL_TEXT").asText())
          .as("the rule matches the webjar's banner").contains("href=\"https://docs.camunda.io/docs/guides/migrating-from-camunda-7/");
    }
  }

  private static List<String> keys(String config) {
    List<String> keys = new ArrayList<>();
    Matcher m = SHORTCUT_KEY.matcher(config.replaceAll("(?m)^\\s*//.*$", ""));
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }
}
