package cn.gov.oneseal.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads holiday data files (YAML): {@code years: {2025: {source, off: [date | "from..to"], work: [date]}}}.
 * Every problem in a file is reported with its place, so a bureau editing next year's notice sees
 * what to fix.
 */
public final class HolidayDataLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private HolidayDataLoader() {}

  public static List<HolidayYear> read(InputStream in, String name) {
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("节假日数据文件 " + name + " 无法解析: " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    List<HolidayYear> years = new ArrayList<>();
    JsonNode yearsNode = root == null ? null : root.get("years");
    if (yearsNode == null || !yearsNode.isObject()) {
      throw new IllegalStateException("节假日数据文件 " + name + " 缺少 years 节");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = yearsNode.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      int year;
      try {
        year = Integer.parseInt(entry.getKey());
      } catch (NumberFormatException e) {
        problems.add("years." + entry.getKey() + ": 不是年份");
        continue;
      }
      JsonNode node = entry.getValue();
      String source = node.path("source").asText("");
      if (source.isBlank()) {
        problems.add("years." + year + ".source: 须写明节假日通知的文号或名称");
      }
      Set<LocalDate> off = new HashSet<>();
      Set<LocalDate> work = new HashSet<>();
      readDays(node.get("off"), "years." + year + ".off", off, problems, true);
      readDays(node.get("work"), "years." + year + ".work", work, problems, false);
      try {
        years.add(new HolidayYear(year, source, off, work));
      } catch (IllegalArgumentException e) {
        problems.add("years." + year + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("节假日数据文件 " + name + " 有错误:\n - " + String.join("\n - ", problems));
    }
    return years;
  }

  private static void readDays(JsonNode list, String path, Set<LocalDate> into, List<String> problems, boolean ranges) {
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      problems.add(path + ": 应为日期列表");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String text = list.get(i).asText();
      try {
        if (ranges && text.contains("..")) {
          String[] parts = text.split("\\.\\.", 2);
          LocalDate from = LocalDate.parse(parts[0].trim());
          LocalDate to = LocalDate.parse(parts[1].trim());
          if (to.isBefore(from) || to.getYear() != from.getYear()) {
            problems.add(path + "[" + i + "]: 区间 " + text + " 起止颠倒或跨年");
            continue;
          }
          for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            into.add(d);
          }
        } else {
          into.add(LocalDate.parse(text.trim()));
        }
      } catch (DateTimeParseException e) {
        problems.add(path + "[" + i + "]: \"" + text + "\" 不是有效日期 (YYYY-MM-DD)");
      }
    }
  }
}
