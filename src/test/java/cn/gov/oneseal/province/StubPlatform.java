package cn.gov.oneseal.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A provincial platform started by a test (JDK HttpServer on a free port): it acknowledges each report once per
 * REPORT_ID, records every request it was sent (idempotency key, headers, body), can be switched off (503) and can
 * lose a report (it forgets it, as a platform that lost data would), and answers the reconciliation query from what
 * it still knows.
 */
final class StubPlatform implements AutoCloseable {

  /** One request as received. */
  record Received(String idempotencyKey, String reportId, String appId, String timestamp, String signature,
      String body, JsonNode json) {}

  private record Kept(String ackId, OffsetDateTime milestoneAt) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Kept> acknowledged = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private volatile boolean down;
  private volatile int queries;

  StubPlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/province/reports", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/province";
  }

  void down(boolean down) {
    this.down = down;
  }

  /** The platform loses the report. */
  void forget(String reportId) {
    acknowledged.remove(reportId);
  }

  boolean knows(String reportId) {
    return acknowledged.containsKey(reportId);
  }

  String ackIdOf(String reportId) {
    return acknowledged.get(reportId).ackId();
  }

  /** The reports received (acknowledged or not) about a case, in order. */
  List<Received> ofCase(String caseNumber) {
    return received.stream().filter(r -> caseNumber.equals(r.json().path("PROJID").asText())).toList();
  }

  int queries() {
    return queries;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (down) {
        answer(exchange, 503, "{\"message\":\"维护中\"}");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/reports/acknowledged")) {
        queries++;
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
          String[] kv = pair.split("=", 2);
          query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        OffsetDateTime from = OffsetDateTime.parse(query.get("from"));
        OffsetDateTime to = OffsetDateTime.parse(query.get("to"));
        List<String> ids = new ArrayList<>();
        acknowledged.forEach((id, kept) -> {
          if (!kept.milestoneAt().isBefore(from) && kept.milestoneAt().isBefore(to)) {
            ids.add(id);
          }
        });
        answer(exchange, 200, json.writeValueAsString(Map.of("reportIds", ids)));
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonNode report = json.readTree(body);
      String reportId = report.path("REPORT_ID").asText();
      var headers = exchange.getRequestHeaders();
      received.add(new Received(headers.getFirst("Idempotency-Key"), reportId, headers.getFirst("X-App-Id"),
          headers.getFirst("X-Timestamp"), headers.getFirst("X-Signature"), body, report));
      Kept kept = acknowledged.computeIfAbsent(reportId, id -> new Kept("PROV-" + counter.incrementAndGet(),
          OffsetDateTime.parse(report.path("MILESTONE_TIME").asText())));
      answer(exchange, 200, json.writeValueAsString(Map.of("acknowledged", true, "ackId", kept.ackId(), "reportId",
          reportId)));
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
