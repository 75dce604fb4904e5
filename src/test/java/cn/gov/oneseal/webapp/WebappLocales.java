package cn.gov.oneseal.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webapps' static files as the classpath holds them: the Camunda webjar's (en.json, its config.js)
 * and the project's own (zh.json, config.js, user-styles.css), told apart by where they come from.
 */
final class WebappLocales {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w*)\\s*}}");

  private WebappLocales() {}

  static String path(String app, String file) {
    return "META-INF/resources/webjars/camunda/app/" + app + "/" + file;
  }

  /** The copy in the Camunda webjar (the jar whose name says camunda-webapp-webjar). */
  static byte[] fromWebjar(String app, String file) {
    return read(app, file, true);
  }

  /** The project's own copy (anything but the webjar). */
  static byte[] ours(String app, String file) {
    return read(app, file, false);
  }

  static JsonNode json(byte[] bytes) {
    try {
      return JSON.readTree(new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TreeSet<String> placeholders(String text) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static byte[] read(String app, String file, boolean webjar) {
    try {
      for (URL url : Collections.list(WebappLocales.class.getClassLoader().getResources(path(app, file)))) {
        if (url.toString().contains("camunda-webapp-webjar") == webjar) {
          try (InputStream in = url.openStream()) {
            return in.readAllBytes();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError((webjar ? "webjar's " : "project's ") + path(app, file) + " not on the classpath");
  }
}
