package cn.gov.oneseal.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model (BPMN or DMN) against the process vocabulary: every variable it reads, writes or maps is declared in
 * {@link CaseVariables} or {@link FormFields}, every message in {@link Messages}, every called process in
 * {@link ProcessKeys}. The build checks every committed model with it ({@code ProcessVocabularyTest}); an analyst's
 * change is checked with it on arrival (modelchange/). Problems are said in Chinese.
 */
public final class ModelVocabulary {

  /** Identifiers that expressions use but that are no variables. */
  static final Set<String> EXPRESSION_WORDS = Set.of("execution", "task", "true", "false", "null", "empty", "not",
      "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "now", "currentUser",
      "currentUserGroups");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'])([a-z][A-Za-z0-9]*)\\b(\\s*[.(])?");
  private static final Pattern MESSAGE = Pattern.compile("<bpmn:message [^>]*name=\"([^\"]+)\"");
  private static final Pattern CALLED = Pattern.compile("calledElement=\"([^\"]+)\"");

  private ModelVocabulary() {}

  /** The problems of one model ({@code file} names it in the messages); none when all it uses is declared. */
  public static List<String> problems(String file, String xml) {
    Set<String> variables = constants(CaseVariables.class);
    variables.addAll(constants(FormFields.class));
    Set<String> messages = constants(Messages.class);
    Set<String> keys = constants(ProcessKeys.class);
    List<String> problems = new ArrayList<>();
    for (String variable : variablesOf(xml)) {
      if (!variables.contains(variable)) {
        problems.add(file + "：变量 " + variable + " 不在流程词汇表中（process/CaseVariables 或 FormFields）；"
            + "请使用已有的变量，新变量须由开发人员登记");
      }
    }
    for (Matcher m = MESSAGE.matcher(xml); m.find(); ) {
      if (!messages.contains(m.group(1))) {
        problems.add(file + "：消息 " + m.group(1) + " 不在流程词汇表中（process/Messages）");
      }
    }
    for (Matcher m = CALLED.matcher(xml); m.find(); ) {
      if (!m.group(1).contains("{") && !keys.contains(m.group(1))) {
        problems.add(file + "：调用的流程 " + m.group(1) + " 不是本局的共享环节（process/ProcessKeys）");
      }
    }
    return problems;
  }

  /** The variables a model (BPMN or DMN) reads, writes or maps. */
  public static Set<String> variablesOf(String model) {
    String xml = model.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
    Set<String> found = new TreeSet<>();
    for (Matcher m = Pattern.compile("<camunda:(?:in|out)\\b([^>]*)/>").matcher(xml); m.find(); ) {
      for (String name : List.of("source", "target")) {
        String value = attribute(m.group(1), name);
        if (!value.isEmpty()) {
          found.add(value);
        }
      }
    }
    for (Matcher m = Pattern.compile("(?:camunda:elementVariable|camunda:resultVariable)=\"([^\"]+)\"").matcher(xml);
        m.find(); ) {
      found.add(m.group(1));
    }
    // DMN: the inputs' expressions and the outputs' names
    for (Matcher m = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>").matcher(xml); m.find(); ) {
      found.add(m.group(1).trim());
    }
    for (Matcher m = Pattern.compile("<output [^>]*name=\"([^\"]+)\"").matcher(xml); m.find(); ) {
      found.add(m.group(1));
    }
    for (Matcher expression = EXPRESSION.matcher(xml); expression.find(); ) {
      String text = expression.group(1).replaceAll("'[^']*'", "''");
      for (Matcher id = IDENTIFIER.matcher(text); id.find(); ) {
        boolean beanOrCall = id.group(2) != null;
        boolean delegate = xml.substring(Math.max(0, expression.start() - 40), expression.start())
            .matches("(?s).*(?:delegateExpression|camunda:expression)=\"$");
        if (!beanOrCall && !delegate && !EXPRESSION_WORDS.contains(id.group(1))) {
          found.add(id.group(1));
        }
      }
    }
    return found;
  }

  /** The value of an attribute in an element's attribute text, or "". */
  public static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? m.group(1) : "";
  }

  /** The values of a vocabulary class's String constants. */
  public static Set<String> constants(Class<?> type) {
    Set<String> values = new HashSet<>();
    Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .forEach(f -> {
          try {
            values.add((String) f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        });
    return values;
  }
}
