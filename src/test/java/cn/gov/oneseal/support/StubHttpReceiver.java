package cn.gov.oneseal.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A receiver on this machine for tests of the outbox's HTTP channels (an SMS provider, a platform): a JDK HTTP server
 * on a free port that keeps every request (method, URI, headers' idempotency key, body) and answers each with what
 * {@code answer} gives — or 503 while it is {@link #down()}.
 */
public final class StubHttpReceiver implements AutoCloseable {

  /** A request as received. */
  public record Request(String method, String uri, String idempotencyKey, String body) {
  }

  /** An answer: status and JSON body. */
  public record Answer(int status, String json) {
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile boolean down;

  public StubHttpReceiver(Function<Request, Answer> answer) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> handle(exchange, answer));
    // several senders at once (two nodes' job executors), each answered on its own thread
    server.setExecutor(threads);
    server.start();
  }

  private void handle(HttpExchange exchange, Function<Request, Answer> answer) throws IOException {
    try (exchange) {
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
          exchange.getRequestHeaders().getFirst("Idempotency-Key"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Answer reply = down ? new Answer(503, "{\"message\":\"down\"}") : answer.apply(request);
      if (!down) {
        requests.add(request);
      }
      byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
      exchange.sendResponseHeaders(reply.status(), body.length);
      exchange.getResponseBody().write(body);
    }
  }

  /** The query parameters of a request's URI, decoded. */
  public static Map<String, String> queryOf(String uri) {
    return Arrays.stream(uri.substring(uri.indexOf('?') + 1).split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
            p -> p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8), (x, y) -> y));
  }

  /** The base address, ending with a slash. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** The requests taken while up. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public void down() {
    down = true;
  }

  public void up() {
    down = false;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
