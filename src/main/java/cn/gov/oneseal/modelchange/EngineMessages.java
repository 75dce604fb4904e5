package cn.gov.oneseal.modelchange;

import java.util.regex.Pattern;

/**
 * The engine's words on a model, made fit to show an analyst: its message codes ({@code ENGINE-09005}) and anything
 * that names Java classes or packages are dropped; what remains says what is wrong with which attribute or element.
 */
final class EngineMessages {

  private static final Pattern CODE = Pattern.compile("ENGINE-\\d+\\s*");
  private static final Pattern INTERNALS = Pattern.compile("\\b(?:java|javax|jakarta|org|com|cn)\\.[\\w.$]+|\\w+Exception\\b");

  private EngineMessages() {}

  static String readable(String message) {
    if (message == null || message.isBlank()) {
      return "（引擎未说明原因）";
    }
    String text = CODE.matcher(message.lines().findFirst().orElse(message)).replaceAll("").strip();
    if (INTERNALS.matcher(text).find()) {
      return "模型中有引擎不能执行的内容（详见服务器日志）";
    }
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
