package cn.gov.oneseal.benchmark;

import static cn.gov.oneseal.benchmark.BenchmarkMain.mark;
import static cn.gov.oneseal.benchmark.BenchmarkMain.percentile;
import static cn.gov.oneseal.benchmark.BenchmarkMain.round;
import static cn.gov.oneseal.benchmark.BureauHttp.basic;
import static cn.gov.oneseal.benchmark.BureauHttp.check;
import static cn.gov.oneseal.benchmark.BureauHttp.part;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.form.StartForms;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Part (f), the scale of the catalogue (issue #19; src/docs/benchmark.md, "Scale: 200 items"): the bureau started
 * with the real items and with {@code --items} more generated ones ({@link GeneratedItems}), alternately, each in a
 * fresh JVM on H2 as part (e) starts it; start-up to ready and heap after start (after full collections); then, in the
 * last bureau with the generated items: the service guide ({@code GET /api/v1/items}, anonymous) and the list of
 * Tasklist's start dialog (its own two calls as window1 logged in to Tasklist) p95, and the deployment of one changed
 * item, both ways the bureau has: an analyst's materials change through the catalogue API (which deploys the item's
 * process again with its new start form) and the engine deployment of a changed model with its start form and
 * duplicate filtering, as Camunda Modeler deploys over {@code /engine-rest}.
 */
final class ItemsScale {

  static final String PASSWORD = "OneSeal-2026";
  /** Tasklist's start dialog (camunda-bpm-sdk-js ProcessDefinition.list: the count and the page, 7.24). */
  static final String START_DIALOG = "latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true"
      + "&firstResult=0&maxResults=15";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BenchmarkMain main;
  private final Options options;
  private final Map<String, Object> f = new LinkedHashMap<>();
  private ChildBureau bureau;
  private BureauHttp web;

  ItemsScale(BenchmarkMain main) {
    this.main = main;
    this.options = main.options;
  }

  void run() throws Exception {
    main.results.put("f_items", f);
    Path root = Path.of("target", "benchmark", "items").toAbsolutePath();
    GeneratedItems generated = GeneratedItems.write(root, options.items);
    f.put("generatedItems", options.items);
    f.put("generatedInto", root.toString());
    List<String> itemsArgs = List.of("--oneseal.catalogue.location=file:" + root.resolve("catalogue.yaml"));
    List<double[]> real = new ArrayList<>();
    List<double[]> many = new ArrayList<>();
    Path logs = Path.of("target", "benchmark");
    try {
      for (int round = 1; round <= options.itemStarts; round++) {
        real.add(startAndMeasure(List.of(), List.of(), logs.resolve("items-real-" + round + ".log"), false));
        Path log = logs.resolve("items-" + options.items + "-" + round + ".log");
        many.add(startAndMeasure(List.of(root), itemsArgs, log, round == options.itemStarts));
      }
      startUpFigures(real, many);
      if (bureau == null || !bureau.up()) {
        main.row("(f) bureau with " + options.items + " more items", "FAILED to start, see " + logs, "");
        return;
      }
      web = new BureauHttp(bureau.base());
      int guideItems = JSON.readTree(web.get("/api/v1/items", null).body()).size();
      f.put("itemsInServiceGuide", guideItems);
      serviceGuide();
      startDialog();
      analystChanges(generated);
      modelDeployments(generated);
    } finally {
      if (bureau != null) {
        bureau.close();
      }
    }
  }

  /**
   * Starts a bureau, returns {seconds to UP, heap MiB after GC, processor seconds to UP}; keeps the last bureau with
   * items running.
   */
  private double[] startAndMeasure(List<Path> classpath, List<String> args, Path log, boolean keep) throws Exception {
    ChildBureau started = ChildBureau.start(classpath, args, log, options.startupTimeoutSeconds);
    if (!started.up()) {
      return new double[] {-1, -1, -1};
    }
    double heap = started.heapUsedAfterGc() / 1024.0 / 1024.0;
    System.out.println("[benchmark] (f) " + log.getFileName() + ": UP after " + round(started.secondsToUp) + " s ("
        + round(started.cpuSecondsToUp) + " s of processor time), heap " + round(heap) + " MiB after GC; load "
        + BenchmarkMain.loadAverage());
    if (keep) {
      bureau = started;
    } else {
      started.close();
    }
    return new double[] {started.secondsToUp, heap, started.cpuSecondsToUp};
  }

  private void startUpFigures(List<double[]> real, List<double[]> many) {
    if (real.stream().anyMatch(r -> r[0] < 0) || many.stream().anyMatch(r -> r[0] < 0)) {
      f.put("startUpFailed", true);
      main.row("(f) start-up", "FAILED, see target/benchmark/items-*.log", "");
      return;
    }
    double realUp = median(real, 0);
    double manyUp = median(many, 0);
    double realHeap = median(real, 1);
    double manyHeap = median(many, 1);
    double ratio = manyUp / realUp;
    double cpuRatio = median(many, 2) / median(real, 2);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("starts", options.itemStarts);
    s.put("realItemsSecondsToUp", real.stream().map(r -> round(r[0])).toList());
    s.put("withItemsSecondsToUp", many.stream().map(r -> round(r[0])).toList());
    s.put("realItemsCpuSecondsToUp", real.stream().map(r -> round(r[2])).toList());
    s.put("withItemsCpuSecondsToUp", many.stream().map(r -> round(r[2])).toList());
    s.put("realItemsHeapMiBAfterGc", real.stream().map(r -> round(r[1])).toList());
    s.put("withItemsHeapMiBAfterGc", many.stream().map(r -> round(r[1])).toList());
    s.put("medianRatio", Map.of("value", round(ratio), "target", "<= 1.5", "met", ratio <= 1.5));
    s.put("heapRatio", round(manyHeap / realHeap));
    s.put("cpuRatio", round(cpuRatio));
    f.put("startUp", s);
    String n = options.itemStarts > 1 ? " (median of " + options.itemStarts + ")" : "";
    main.row("(f) start-up to UP, real items" + n, round(realUp) + " s (processor " + round(median(real, 2))
        + " s), heap " + round(realHeap) + " MiB after GC", "");
    main.row("(f) start-up to UP, + " + options.items + " items" + n, round(manyUp) + " s (processor "
        + round(median(many, 2)) + " s), heap " + round(manyHeap) + " MiB after GC", "");
    main.row("(f) start-up ratio", round(ratio) + " (processor time " + round(cpuRatio) + ", heap "
        + round(manyHeap / realHeap) + ")", "<= 1.5 " + mark(ratio <= 1.5));
  }

  private void serviceGuide() throws Exception {
    double[] ms = times(() -> web.get("/api/v1/items", null));
    figure("serviceGuide", "(f) service guide GET /api/v1/items", ms, 20);
  }

  private void startDialog() throws Exception {
    web.loginToTasklist("window1", PASSWORD);
    String base = "/camunda/api/engine/engine/default/process-definition";
    HttpResponse<String> count = web.session(base + "/count?" + START_DIALOG);
    check(count);
    f.put("startDialogCountForWindow1", JSON.readTree(count.body()).path("count").asLong());
    double[] pair = times(() -> {
      check(web.session(base + "/count?" + START_DIALOG));
      return web.session(base + "?" + START_DIALOG);
    });
    figure("tasklistStartDialog", "(f) Tasklist start dialog, count + page of 15 (window1)", pair, -1);
    double[] list = times(() -> web.session(base + "?" + START_DIALOG));
    figure("tasklistStartDialogPage", "(f) Tasklist start dialog, the page of 15 alone", list, -1);
  }

  /** The analyst's way: a materials change through the catalogue API deploys the item's process with its new form. */
  private void analystChanges(GeneratedItems generated) throws Exception {
    List<Double> ms = new ArrayList<>();
    for (int k = 1; k <= options.deployRuns; k++) {
      ApprovalItem item = generated.items.get((k * 7) % generated.items.size());
      ObjectNode body = JSON.createObjectNode();
      ArrayNode materials = body.putArray("materials");
      for (Material m : item.materials()) {
        materials.addObject().put("code", m.code()).put("name", m.name()).put("kind", m.main() ? "main" : "secondary")
            .put("required", m.required());
      }
      materials.addObject().put("code", "Y" + k).put("name", "新增材料（压测第 " + k + " 次修改）").put("kind", "secondary")
          .put("required", false);
      body.put("reason", "压测：材料变更后重新部署事项流程");
      int before = version(item.code());
      long t0 = System.nanoTime();
      HttpResponse<String> answer = web.send(HttpRequest.newBuilder(
          web.uri("/api/v1/admin/catalogue/items/" + item.code())).header("Authorization", basic("analyst1"))
          .header("Content-Type", "application/merge-patch+json")
          .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())));
      double elapsed = (System.nanoTime() - t0) / 1e6;
      check(answer);
      int after = version(item.code());
      if (after != before + 1 || !JSON.readTree(answer.body()).path("changed").asBoolean()) {
        throw new IllegalStateException(item.code() + ": the change did not deploy a new version (" + before + " → "
            + after + "): " + answer.body());
      }
      ms.add(elapsed);
    }
    deployFigure("analystMaterialsChange", "(f) one item changed: analyst's materials change (PATCH, redeploys)", ms);
  }

  /** Modeler's way: the changed model with its start form, one deployment per item, duplicate filtering on. */
  private void modelDeployments(GeneratedItems generated) throws Exception {
    List<Double> ms = new ArrayList<>();
    for (int k = 1; k <= options.deployRuns; k++) {
      ApprovalItem item = generated.items.get((k * 7 + 3) % generated.items.size());
      int before = version(item.code());
      String boundary = "----oneseal-bench-" + System.nanoTime();
      ByteArrayOutputStream multipart = new ByteArrayOutputStream();
      part(multipart, boundary, "deployment-name", null, item.code().getBytes(StandardCharsets.UTF_8));
      part(multipart, boundary, "enable-duplicate-filtering", null, "true".getBytes(StandardCharsets.UTF_8));
      part(multipart, boundary, "deployment-source", null, "Camunda Modeler".getBytes(StandardCharsets.UTF_8));
      part(multipart, boundary, item.code() + ".bpmn", item.code() + ".bpmn",
          generated.changedModel(item, "（分析员第 " + k + " 次修改）"));
      part(multipart, boundary, StartForms.fileName(item.code()), StartForms.fileName(item.code()),
          generated.startForm(item));
      multipart.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      long t0 = System.nanoTime();
      HttpResponse<String> answer = web.send(HttpRequest.newBuilder(web.uri("/engine-rest/deployment/create"))
          .header("Authorization", basic("admin"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())));
      double elapsed = (System.nanoTime() - t0) / 1e6;
      check(answer);
      int after = version(item.code());
      if (after != before + 1) {
        throw new IllegalStateException(item.code() + ": the deployment made no new version (" + before + " → " + after
            + "): " + answer.body());
      }
      ms.add(elapsed);
    }
    deployFigure("modelDeployment", "(f) one item changed: model + start form deployed (engine-rest, duplicate filter)",
        ms);
  }

  private void deployFigure(String key, String label, List<Double> ms) {
    double max = ms.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", ms.size());
    m.put("ms", ms.stream().map(BenchmarkMain::round).toList());
    m.put("medianMs", round(percentile(sorted, 50)));
    m.put("maxMs", round(max));
    m.put("target", "max <= 2000 ms");
    m.put("met", max <= 2000);
    f.put(key, m);
    main.row(label, "median " + round(percentile(sorted, 50)) + " ms, max " + round(max) + " ms (" + ms.size()
        + " items)",
        "<= 2 s " + mark(max <= 2000));
  }

  private void figure(String key, String label, double[] ms, double targetMs) {
    Arrays.sort(ms);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runs", ms.length);
    m.put("p50Ms", round(percentile(ms, 50)));
    m.put("p95Ms", round(percentile(ms, 95)));
    m.put("maxMs", round(percentile(ms, 100)));
    boolean met = percentile(ms, 95) <= targetMs;
    if (targetMs > 0) {
      m.put("target", "p95 <= " + (int) targetMs + " ms");
      m.put("met", met);
    }
    f.put(key, m);
    main.row(label, "p50 " + round(percentile(ms, 50)) + " ms, p95 " + round(percentile(ms, 95)) + " ms",
        targetMs > 0 ? "p95 <= " + (int) targetMs + " ms " + mark(met) : "");
  }

  private double[] times(Callable<HttpResponse<String>> call) throws Exception {
    for (int i = 0; i < options.queryWarmup; i++) {
      check(call.call());
    }
    double[] ms = new double[options.queryRuns];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> answer = call.call();
      ms[i] = (System.nanoTime() - t0) / 1e6;
      check(answer);
    }
    return ms;
  }

  private int version(String key) throws Exception {
    HttpResponse<String> answer = web.get("/engine-rest/process-definition/key/" + key, basic("admin"));
    check(answer);
    return JSON.readTree(answer.body()).path("version").asInt();
  }

  private static double median(List<double[]> runs, int index) {
    double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
    return percentile(values, 50);
  }
}
