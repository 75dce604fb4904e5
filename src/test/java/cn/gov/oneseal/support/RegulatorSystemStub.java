package cn.gov.oneseal.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A regulator's system on the local test endpoint (oneseal.regulators.endpoints): keeps the
 * idempotency key and body of every request and answers 500 as often as asked, then 200.
 */
public final class RegulatorSystemStub implements AutoCloseable {

  /** What the regulator's system received: idempotency key and body of one request. */
  public record Received(String key, String body) {}

  public final List<Received> received = new CopyOnWriteArrayList<>();
  /** Requests to answer with 500 (as if the answer were lost on the way back) before answering 200. */
  public final AtomicInteger failuresLeft = new AtomicInteger();
  private final HttpServer server;

  public RegulatorSystemStub(URI endpoint) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 0);
    server.createContext(endpoint.getPath(), exchange -> {
      received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
