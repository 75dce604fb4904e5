package cn.gov.oneseal.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The relative links of the repository's Markdown files, and the anchors GitHub gives their headings. A link to
 * another site (a scheme such as {@code https:}) is not followed; a relative link must name a file or folder inside
 * the repository, and its {@code #anchor} a heading (or an HTML {@code id}/{@code name}) of the Markdown file it
 * names. Links inside code (fenced blocks and {@code `spans`}) are text, not links.
 */
final class MarkdownLinks {

  /** One link: the file, its line, the destination as written. */
  record Link(Path file, int line, String destination) {}

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern INLINE_LINK = Pattern.compile(
      "!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*\\b(?:id|name)=\"([^\"]+)\"");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern SCHEME = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
  private static final Set<String> NOT_SEARCHED = Set.of("target", "node_modules");

  private MarkdownLinks() {}

  /** Every {@code *.md} under the root, but in build output, installed packages and hidden folders. */
  static List<Path> markdownFiles(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(path -> path.toString().endsWith(".md") && Files.isRegularFile(path))
          .filter(path -> searched(root.relativize(path).getParent())).sorted().toList();
    }
  }

  private static boolean searched(Path folder) {
    if (folder == null) {
      return true;
    }
    for (Path name : folder) {
      if (name.toString().startsWith(".") || NOT_SEARCHED.contains(name.toString())) {
        return false;
      }
    }
    return true;
  }

  /** The links of one Markdown text, outside code. */
  static List<Link> links(Path file, String markdown) {
    List<Link> links = new ArrayList<>();
    boolean fenced = false;
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      String text = CODE_SPAN.matcher(line).replaceAll("");
      for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION)) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          String destination = m.group(1);
          if (destination.startsWith("<") && destination.endsWith(">")) {
            destination = destination.substring(1, destination.length() - 1);
          }
          links.add(new Link(file, i + 1, destination));
        }
      }
    }
    return links;
  }

  /** The anchors of one Markdown text: its headings' as GitHub makes them, and HTML ids and names. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        anchors.add(unique(anchor(heading.group(2)), seen));
      }
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        anchors.add(html.group(1));
      }
    }
    return anchors;
  }

  /**
   * GitHub's anchor of a heading: its text as rendered (code, links and emphasis reduced to their text), in lower
   * case, without anything but letters, marks, digits, connector punctuation, hyphens and spaces, each space a
   * hyphen. Chinese characters are letters and stay; full-width punctuation goes.
   */
  static String anchor(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "").replace("*", "")
        .replaceAll("<[^>]+>", "").toLowerCase(Locale.ROOT);
    StringBuilder anchor = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == ' ') {
        anchor.append('-');
      } else if (c == '-' || kept(c)) {
        anchor.appendCodePoint(c);
      }
    });
    return anchor.toString();
  }

  private static boolean kept(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** A repeated heading gets -1, -2 … as on GitHub. */
  private static String unique(String anchor, Map<String, Integer> seen) {
    String result = anchor;
    if (seen.containsKey(anchor)) {
      do {
        int count = seen.get(anchor) + 1;
        seen.put(anchor, count);
        result = anchor + "-" + count;
      } while (seen.containsKey(result));
    }
    seen.put(result, 0);
    return result;
  }

  /** Every link of every Markdown file under the root that does not resolve, each with the reason. */
  static List<String> broken(Path root) throws IOException {
    Path top = root.toAbsolutePath().normalize();
    Map<Path, Set<String>> anchorsByFile = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (Path file : markdownFiles(top)) {
      for (Link link : links(file, read(file))) {
        String problem = problem(top, link, anchorsByFile);
        if (problem != null) {
          broken.add(top.relativize(file) + ":" + link.line() + ": " + link.destination() + " — " + problem);
        }
      }
    }
    return broken;
  }

  /** Number of relative links (with or without anchor) in the Markdown files under the root. */
  static long relativeLinks(Path root) throws IOException {
    long count = 0;
    for (Path file : markdownFiles(root)) {
      count += links(file, read(file)).stream().filter(l -> !SCHEME.matcher(l.destination()).find()).count();
    }
    return count;
  }

  private static String problem(Path top, Link link, Map<Path, Set<String>> anchorsByFile) {
    String destination = link.destination();
    if (SCHEME.matcher(destination).find()) {
      return null; // another site: not followed here
    }
    int hash = destination.indexOf('#');
    String pathPart = decode(hash < 0 ? destination : destination.substring(0, hash));
    String fragment = hash < 0 ? null : decode(destination.substring(hash + 1));
    Path target = pathPart.isEmpty() ? link.file()
        : (pathPart.startsWith("/") ? top.resolve(pathPart.substring(1)) : link.file().getParent().resolve(pathPart))
            .normalize();
    if (!target.startsWith(top)) {
      return "outside the repository";
    }
    if (!Files.exists(target)) {
      return "no such file or folder " + top.relativize(target);
    }
    if (fragment == null || fragment.isEmpty()) {
      return null;
    }
    if (!target.toString().endsWith(".md")) {
      return "an anchor into a file that is not Markdown";
    }
    Set<String> anchors = anchorsByFile.computeIfAbsent(target, t -> anchors(read(t)));
    return anchors.contains(fragment) ? null
        : "no heading with the anchor #" + fragment + " in " + top.relativize(target);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
