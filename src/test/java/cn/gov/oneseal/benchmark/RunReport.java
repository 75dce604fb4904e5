package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run reports: the machine it ran on, a row per measurement as it is made, and at the end the table, issue
 * #24's targets and the JSON file {@code target/benchmark/results-<timestamp>.json} with every figure.
 */
final class RunReport {

  private final Map<String, Object> results;
  private final List<String[]> table = new ArrayList<>();

  RunReport(Map<String, Object> results) {
    this.results = results;
  }

  Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", java.time.OffsetDateTime.now().toString());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      m.put("memoryGiB", round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024));
    }
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("loadAverageAtStart", loadAverage());
    return m;
  }

  @SuppressWarnings("unchecked")
  void machinePostgres(ProcessEngine engine, JdbcTemplate jdbc) {
    Map<String, Object> m = (Map<String, Object>) results.get("machine");
    m.put("postgresql", jdbc.queryForObject("show server_version", String.class));
    m.put("postgresqlFsync", jdbc.queryForObject("show fsync", String.class));
    m.put("postgresqlSynchronousCommit", jdbc.queryForObject("show synchronous_commit", String.class));
    m.put("historyLevel", engine.getManagementService().getHistoryLevel());
    var jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getJobExecutor();
    Map<String, Object> je = new LinkedHashMap<>();
    je.put("active", jobExecutor.isActive());
    je.put("maxJobsPerAcquisition", jobExecutor.getMaxJobsPerAcquisition());
    je.put("waitTimeInMillis", jobExecutor.getWaitTimeInMillis());
    je.put("maxWait", jobExecutor.getMaxWait());
    je.put("lockTimeInMillis", jobExecutor.getLockTimeInMillis());
    m.put("jobExecutor", je);
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "n/a";
    }
  }

  void print(IssueTargets targets) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> machine = (Map<String, Object>) results.get("machine");
    machine.put("loadAverageAtEnd", loadAverage());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path json = Path.of("target", "benchmark", "results-" + stamp + ".json");
    Files.createDirectories(json.getParent());
    results.put("targets", targets.asList());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    int w0 = table.stream().mapToInt(r -> r[0].length()).max().orElse(10);
    int w1 = table.stream().mapToInt(r -> r[1].length()).max().orElse(10);
    StringBuilder out = new StringBuilder("\nOneSeal benchmark (issue #11) — " + machine.get("date") + ", "
        + machine.get("cores") + " cores, " + machine.get("memoryGiB") + " GiB, " + machine.get("java")
        + (machine.containsKey("postgresql") ? ", PostgreSQL " + machine.get("postgresql") + " (fsync "
            + machine.get("postgresqlFsync") + ", synchronous_commit " + machine.get("postgresqlSynchronousCommit")
            + ")" : "") + ", load " + machine.get(
            "loadAverageAtStart") + " → " + machine.get("loadAverageAtEnd") + "\n\n");
    out.append(String.format("%-" + w0 + "s | %-" + w1 + "s | %s%n", "measurement", "figure", "target"));
    out.append("-".repeat(w0 + w1 + 20)).append('\n');
    for (String[] r : table) {
      out.append(String.format("%-" + w0 + "s | %-" + w1 + "s | %s%n", r[0], r[1], r[2]));
    }
    out.append(targets.table());
    out.append("\nJSON: ").append(json.toAbsolutePath()).append('\n');
    System.out.println(out);
  }

  void row(String measurement, String figure, String target) {
    table.add(new String[] {measurement, figure, target});
    System.out.println("[benchmark] " + measurement + ": " + figure + (target.isEmpty() ? "" : "  (target " + target + ")"));
  }
}
