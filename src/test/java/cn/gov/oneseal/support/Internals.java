package cn.gov.oneseal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no answer of the bureau may show a caller: SQL, the database's tables, indexes and constraints, Java class
 * names and stack frames. Written for the tests on its own (not the production filter's patterns), so that a test
 * using it can fail when the production side misses something.
 */
public final class Internals {

  private static final List<Pattern> SHOWN = List.of(
      Pattern.compile("(?i)\\binsert\\s+into\\b|\\bdelete\\s+from\\b|\\bselect\\b.{0,200}\\bfrom\\b|\\bupdate\\s+\\S+\\s+set\\b"),
      Pattern.compile("(?i)\\bSQL\\b|SQL statement|SQLState|PreparedStatement"),
      Pattern.compile("(?i)\\bACT_(RU|HI|RE|ID|GE)_|\\bcase_file\\b|\\bPRIMARY_KEY|\\bprimary key\\b|unique index|constraint"),
      Pattern.compile("\\b(java|javax|jakarta|org|com|cn)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+"),
      Pattern.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b"),
      Pattern.compile("\\.java:\\d+|\\bat [a-z]+\\.[a-z]+"),
      Pattern.compile("MyBatis|ibatis|JsonToken|HikariPool"));

  /** The engine REST's error types that are its documented API (Tasklist and Cockpit read them), not internals. */
  private static final Set<String> DOCUMENTED_TYPES = Set.of("InvalidRequestException", "BadUserRequestException",
      "AuthorizationException", "FormValidationException", "NotFoundException", "NotAllowedException",
      "NotSupportedException", "ParseException");

  private Internals() {}

  /** The internals an error answer's body shows (empty when it shows none). */
  public static List<String> in(String body) {
    List<String> found = new ArrayList<>();
    if (body == null) {
      return found;
    }
    String withoutType = body;
    Matcher type = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
    if (type.find()) {
      if (type.group(1).endsWith("Exception") && !DOCUMENTED_TYPES.contains(type.group(1))) {
        found.add("type " + type.group(1));
      }
      withoutType = body.substring(0, type.start()) + body.substring(type.end());
    }
    for (Pattern pattern : SHOWN) {
      Matcher shown = pattern.matcher(withoutType);
      if (shown.find()) {
        found.add(shown.group());
      }
    }
    return found;
  }
}
