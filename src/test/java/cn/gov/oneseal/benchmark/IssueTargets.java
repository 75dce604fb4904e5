package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of issue #24's table, each against its target, as the parts measure them: printed together at the end
 * of the run and kept in the JSON under {@code targets}. A figure whose part did not run is not listed.
 */
final class IssueTargets {

  /** One figure: what, the value (ratio, ms or s), the target as the issue writes it, met or not, the raw figures. */
  record Figure(String name, double value, String target, boolean met, String detail) {
  }

  private final List<Figure> figures = new ArrayList<>();

  void atMost(String name, double value, double limit, String detail) {
    figures.add(new Figure(name, round(value), "≤ " + limit, value <= limit, detail));
  }

  void atLeast(String name, double value, double limit, String detail) {
    figures.add(new Figure(name, round(value), "≥ " + limit, value >= limit, detail));
  }

  /** A figure that also has a condition besides its limit (e.g. no duplicate firing). */
  void atMost(String name, double value, double limit, boolean condition, String conditionText, String detail) {
    figures.add(new Figure(name, round(value), "≤ " + limit + ", " + conditionText, value <= limit && condition,
        detail));
  }

  List<Map<String, Object>> asList() {
    return figures.stream().map(f -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("figure", f.name());
      m.put("value", f.value());
      m.put("target", f.target());
      m.put("met", f.met());
      m.put("detail", f.detail());
      return m;
    }).toList();
  }

  /** The table, one figure per line: value, target, met or NOT met, and the figures it comes from. */
  String table() {
    if (figures.isEmpty()) {
      return "";
    }
    int w0 = figures.stream().mapToInt(f -> f.name().length()).max().orElse(10);
    StringBuilder out = new StringBuilder("\nIssue #24's targets\n\n");
    out.append(String.format("%-" + w0 + "s | %10s | %-24s | %-7s | %s%n", "figure", "value", "target", "", "from"));
    out.append("-".repeat(w0 + 60)).append('\n');
    long met = figures.stream().filter(Figure::met).count();
    for (Figure f : figures) {
      out.append(String.format("%-" + w0 + "s | %10s | %-24s | %-7s | %s%n", f.name(), f.value(), f.target(),
          f.met() ? "met" : "NOT met", f.detail()));
    }
    out.append(met).append(" of ").append(figures.size()).append(" met\n");
    return out.toString();
  }
}
