package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.round;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part (e): the bureau's start-up to {@code /actuator/health} UP against a bare Camunda webapp starter's, each in a
 * fresh JVM on a fresh H2 file database, alternately {@code --starts} times; the medians are compared. The bare starter
 * is the project under {@code src/bench/bare-camunda} (Camunda's webapp and REST starters, JDBC, H2, the actuator: as
 * start.camunda.com makes one, on the bureau's versions), built by Maven when the part runs.
 */
final class Startups {

  static final Path BARE_PROJECT = Path.of("src", "bench", "bare-camunda");
  static final Path BARE_BUILD = Path.of("target", "benchmark", "bare-camunda");

  private final BenchmarkMain main;

  Startups(BenchmarkMain main) {
    this.main = main;
  }

  void run() throws Exception {
    List<String> bareClasspath = buildBare();
    List<double[]> bureau = new ArrayList<>();
    List<double[]> bare = new ArrayList<>();
    Path logs = Path.of("target", "benchmark");
    // each also started again on the data it left (a restart: what a bureau does far more often than a first start);
    // not in a quick run, which stays within its three minutes
    List<double[]> bureauAgain = new ArrayList<>();
    List<double[]> bareAgain = new ArrayList<>();
    int timeout = main.options.startupTimeoutSeconds;
    for (int round = 1; round <= main.options.starts; round++) {
      Map<String, String> data = Map.of("ONESEAL_DATA_DIR", BenchmarkMain.tempDir("oneseal-bench-data").toString());
      bureau.add(measure(ChildBureau.start(List.of(), List.of(), data, logs.resolve("startup-" + round + ".log"),
          timeout)));
      if (!main.options.quick) {
        bureauAgain.add(measure(ChildBureau.start(List.of(), List.of(), data,
            logs.resolve("startup-" + round + "-again.log"), timeout)));
      }
      Map<String, String> bareData = Map.of("BARE_DATA_DIR", BenchmarkMain.tempDir("oneseal-bench-bare").toString());
      bare.add(measure(ChildBureau.launch(bareClasspath, "bench.bare.BareCamundaApplication", List.of(), bareData,
          logs.resolve("startup-bare-camunda-" + round + ".log"), timeout)));
      if (!main.options.quick) {
        bareAgain.add(measure(ChildBureau.launch(bareClasspath, "bench.bare.BareCamundaApplication", List.of(),
            bareData, logs.resolve("startup-bare-camunda-" + round + "-again.log"), timeout)));
      }
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("database", "H2 (fresh file database; the bureau with profile demo)");
    e.put("starts", main.options.starts);
    e.put("bureauSecondsToUp", bureau.stream().map(r -> round(r[0])).toList());
    e.put("bureauCpuSecondsToUp", bureau.stream().map(r -> round(r[1])).toList());
    e.put("bareCamundaSecondsToUp", bare.stream().map(r -> round(r[0])).toList());
    e.put("bareCamundaCpuSecondsToUp", bare.stream().map(r -> round(r[1])).toList());
    e.put("logs", logs.resolve("startup-*.log").toString());
    main.results.put("e_startup", e);
    if (bureau.stream().anyMatch(r -> r[0] < 0) || bare.stream().anyMatch(r -> r[0] < 0)) {
      main.row("(e) start-up to /actuator/health UP (H2, fresh)", "FAILED, see " + logs.resolve("startup-*.log"), "");
      return;
    }
    double ours = median(bureau, 0);
    double theirs = median(bare, 0);
    double cpu = median(bureau, 1) / median(bare, 1);
    e.put("secondsToUpMedians", List.of(round(ours), round(theirs)));
    e.put("ratio", round(ours / theirs));
    e.put("cpuRatio", round(cpu));
    main.row("(e) start-up to /actuator/health UP (H2, fresh), bureau", round(ours) + " s (processor "
        + round(median(bureau, 1)) + " s)", "");
    main.row("(e) the same, bare Camunda webapp starter", round(theirs) + " s (processor " + round(median(bare, 1))
        + " s)", "");
    main.row("(e) start-up ratio bureau / bare", round(ours / theirs) + " (processor time " + round(cpu) + ")",
        "<= 1.2 " + BenchmarkMain.mark(ours / theirs <= 1.2));
    main.targets.atMost("(e) start-up to health UP ÷ bare Camunda webapp starter", ours / theirs, 1.2,
        round(ours) + " / " + round(theirs) + " s, processor time " + round(cpu));
    if (main.options.quick) {
      return;
    }
    if (bureauAgain.stream().allMatch(r -> r[0] >= 0) && bareAgain.stream().allMatch(r -> r[0] >= 0)) {
      double oursAgain = median(bureauAgain, 0);
      double theirsAgain = median(bareAgain, 0);
      e.put("restartSecondsToUpMedians", List.of(round(oursAgain), round(theirsAgain)));
      e.put("restartCpuSecondsToUpMedians", List.of(round(median(bureauAgain, 1)), round(median(bareAgain, 1))));
      e.put("restartRatio", round(oursAgain / theirsAgain));
      main.row("(e) restart on the data it left, bureau / bare", round(oursAgain) + " / " + round(theirsAgain)
          + " s (processor " + round(median(bureauAgain, 1)) + " / " + round(median(bareAgain, 1)) + " s): ratio "
          + round(oursAgain / theirsAgain), "");
    } else {
      main.row("(e) restart on the data it left", "FAILED, see " + logs.resolve("startup-*-again.log"), "");
    }
  }

  /** {seconds to UP, processor seconds to UP}; the JVM is stopped. */
  private static double[] measure(ChildBureau started) throws InterruptedException {
    started.close();
    return new double[] {started.secondsToUp, started.cpuSecondsToUp};
  }

  /**
   * The bare starter's class path, built with Maven (which fetches what the local repository lacks) when the project
   * changed since the last build.
   */
  static List<String> buildBare() throws Exception {
    Files.createDirectories(BARE_BUILD);
    Path log = BARE_BUILD.getParent().resolve("bare-camunda-build.log");
    Path classpathFile = BARE_BUILD.resolve("classpath.txt");
    if (!Files.exists(classpathFile) || newest(BARE_PROJECT) > Files.getLastModifiedTime(classpathFile).toMillis()) {
      build(log);
    }
    List<String> classpath = new ArrayList<>(List.of(BARE_BUILD.resolve("classes").toAbsolutePath().toString()));
    classpath.addAll(Arrays.asList(Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)));
    return classpath;
  }

  /** The latest change of any file of the bare project (built again only then). */
  private static long newest(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
    }
  }

  private static void build(Path log) throws Exception {
    Process build = new ProcessBuilder("mvn", "-B", "-q", "-f", BARE_PROJECT.resolve("pom.xml").toString(),
        "package", "dependency:build-classpath").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (build.waitFor() != 0) {
      throw new IllegalStateException("the bare Camunda starter did not build, see " + log);
    }
  }

  private static double median(List<double[]> runs, int index) {
    double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
    return values[values.length / 2];
  }
}
