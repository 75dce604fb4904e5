package cn.gov.oneseal.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's command-line options ({@code --name=value}); anything else is passed on to Spring Boot. */
final class Options {

  static final String HELP = """
      OneSeal benchmark (issues #11, #19, #24). Options (defaults: a run of about ten minutes):
        --cases=50            (a)/(b) food cases, and as many bare instances of 8 user tasks
        --warmup=3            unmeasured cases of each kind first
        --timers=10000        (c) timers pending in the database              (issue: 100000)
        --stream-rate=50      (c1) timers per second in the steady stream
        --stream-seconds=30   (c1) length of the stream
        --burst=1000          (c2) timers due at one instant, bare and bureau (issue: 10000)
        --tasks=10000         (d) open tasks                                 (issue: 100000)
        --history-rows=100000 (d) historic activity rows (act_hi_actinst)   (issue: 1000000)
        --query-runs=50       (d) measured runs per query (after --query-warmup=5)
        --items=200           (f) generated items started beside the real ones (issue #19)
        --starts=1            (e) start-ups of the bureau and of a bare Camunda starter, alternating (--full: 3)
        --item-starts=1       (f) start-ups of each bureau, alternating (the median is reported; --full: 3)
        --deploy-runs=5       (f) changed items deployed each way (analyst's materials change, engine deployment)
        --only=abcdef         the parts to run (--only=items: part f alone)
        --hold=600            keep the database up this many seconds after the run (its psql address is printed)
        --explain=500         log the plan (EXPLAIN ANALYZE, PostgreSQL's auto_explain) of every statement slower
                              than this many ms to target/benchmark/postgresql-log/ (off by default: it slows all)
        --threads=2 --batch=200  threads and instances per transaction when generating volume
        --full                the issues' sizes: --cases=200 --timers=100000 --stream-seconds=60 --burst=10000
                              --tasks=100000 --history-rows=1000000 --starts=3 --item-starts=3
        --quick               a developer's loop (under 3 minutes): every figure of issue #24 at small sizes,
                              --cases=10 --warmup=1 --timers=2000 --stream-seconds=10 --burst=100 --tasks=2000
                              --history-rows=20000 --query-runs=20 --only=abcde (sizes given after it win); five
                              cases counted for the database work, shorter waits before the timers fall due, the
                              inbox queries not measured again without the due-date indexes
        --spring.x=y / --camunda.bpm.x=y   passed to the application (e.g. job executor settings)
      """;

  int cases = 50;
  int warmup = 3;
  int timers = 10_000;
  int streamRate = 50;
  int streamSeconds = 30;
  int burst = 1_000;
  int tasks = 10_000;
  int historyRows = 100_000;
  int queryRuns = 50;
  int queryWarmup = 5;
  int threads = 2;
  int batch = 200;
  int startupTimeoutSeconds = 300;
  int items = 200;
  int starts = 1;
  int itemStarts = 1;
  /** The short run: smaller sizes and a shorter wait before a burst's due instant. */
  boolean quick;
  int deployRuns = 5;
  String only = "abcdef";
  /** Statements slower than this (ms) have their plans logged; negative: off. */
  int explainMs = -1;
  /** Seconds to keep the database up after the run, for a look with psql; 0: none. */
  int holdSeconds;
  boolean help;
  final List<String> springArgs = new ArrayList<>();

  static Options parse(String[] args) {
    Options o = new Options();
    for (String arg : args) {
      if (arg.isBlank()) {
        continue;
      }
      if (arg.equals("--full")) {
        o.cases = 200;
        o.timers = 100_000;
        o.streamSeconds = 60;
        o.burst = 10_000;
        o.tasks = 100_000;
        o.historyRows = 1_000_000;
        o.starts = 3;
        o.itemStarts = 3;
        continue;
      }
      if (arg.equals("--quick")) {
        o.quick = true;
        o.cases = 10;
        o.warmup = 1;
        o.timers = 2_000;
        o.streamSeconds = 10;
        o.burst = 100;
        o.tasks = 2_000;
        o.historyRows = 20_000;
        o.queryRuns = 20;
        o.queryWarmup = 3;
        o.only = "abcde";
        continue;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        o.help = true;
        continue;
      }
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      String value = kv.length > 1 ? kv[1] : "";
      switch (kv[0]) {
        case "cases" -> o.cases = Integer.parseInt(value);
        case "warmup" -> o.warmup = Integer.parseInt(value);
        case "timers" -> o.timers = Integer.parseInt(value);
        case "stream-rate" -> o.streamRate = Integer.parseInt(value);
        case "stream-seconds" -> o.streamSeconds = Integer.parseInt(value);
        case "burst" -> o.burst = Integer.parseInt(value);
        case "tasks" -> o.tasks = Integer.parseInt(value);
        case "history-rows" -> o.historyRows = Integer.parseInt(value);
        case "query-runs" -> o.queryRuns = Integer.parseInt(value);
        case "query-warmup" -> o.queryWarmup = Integer.parseInt(value);
        case "threads" -> o.threads = Integer.parseInt(value);
        case "batch" -> o.batch = Integer.parseInt(value);
        case "startup-timeout" -> o.startupTimeoutSeconds = Integer.parseInt(value);
        case "items" -> o.items = Integer.parseInt(value);
        case "starts" -> o.starts = Integer.parseInt(value);
        case "item-starts" -> o.itemStarts = Integer.parseInt(value);
        case "deploy-runs" -> o.deployRuns = Integer.parseInt(value);
        case "only" -> o.only = value.equals("items") ? "f" : value;
        case "hold" -> o.holdSeconds = Integer.parseInt(value);
        case "explain" -> o.explainMs = value.isEmpty() ? 500 : Integer.parseInt(value);
        default -> {
          if (arg.startsWith("--spring.") || arg.startsWith("--camunda.") || arg.startsWith("--oneseal.")
              || arg.startsWith("--logging.")) {
            o.springArgs.add(arg);
          } else {
            throw new IllegalArgumentException("unknown option " + arg + "\n" + HELP);
          }
        }
      }
    }
    return o;
  }

  /** Whether any of the parts (letters a–f) is to run. */
  boolean runs(String parts) {
    return parts.chars().anyMatch(c -> only.indexOf(c) >= 0);
  }

  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cases", cases);
    m.put("timers", timers);
    m.put("streamRate", streamRate);
    m.put("streamSeconds", streamSeconds);
    m.put("burst", burst);
    m.put("tasks", tasks);
    m.put("historyRows", historyRows);
    m.put("queryRuns", queryRuns);
    m.put("items", items);
    m.put("starts", starts);
    m.put("itemStarts", itemStarts);
    m.put("quick", quick);
    m.put("deployRuns", deployRuns);
    m.put("only", only);
    m.put("explainMs", explainMs);
    m.put("applicationArgs", springArgs);
    return m;
  }
}
