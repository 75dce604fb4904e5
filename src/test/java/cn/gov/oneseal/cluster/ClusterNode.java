package cn.gov.oneseal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One OneSeal node in a JVM of its own (the application's real main class on the test class path), so that a
 * test can end it as an operator or a crash would: SIGTERM ({@link #stop()}) or SIGKILL ({@link #kill()}). Its
 * output goes to {@code target/cluster-logs/<name>-<start>.log}; every node still running when the test JVM
 * ends is killed.
 */
final class ClusterNode implements AutoCloseable {

  static final String PASSWORD = "OneSeal-2026";
  static final Path LOGS = Path.of("target", "cluster-logs");
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
        "cluster-nodes-kill"));
  }

  final String name;
  final int port;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int starts;
  private Path log;

  /**
   * A node named {@code name} (also its engine host name in the job log) with these environment variables
   * and application arguments, not yet started.
   */
  ClusterNode(String name, Map<String, String> environment, List<String> arguments) {
    this.name = name;
    this.port = freePort();
    this.environment = Map.copyOf(environment);
    this.arguments = List.copyOf(arguments);
  }

  /** Starts the node's JVM and waits until it answers as the demo officers; returns the start-up time. */
  Duration start() {
    long begin = System.nanoTime();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
        "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
        "cn.gov.oneseal.OneSealApplication",
        "--server.port=" + port,
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--management.endpoint.health.show-details=always"));
    command.addAll(arguments);
    try {
      Files.createDirectories(LOGS);
      log = LOGS.resolve(name + "-" + (++starts) + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("CLASSPATH", testClassPath());
      builder.environment().putAll(environment);
      process = builder.start();
      RUNNING.add(process);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start node " + name, e);
    }
    awaitReady(begin);
    return Duration.ofNanos(System.nanoTime() - begin);
  }

  /** SIGTERM: Spring closes the engine and the connection pool, as a service manager stops the node. */
  void stop() {
    end(false);
  }

  /** SIGKILL: the JVM dies at once, in the middle of whatever it does (open transactions, locked jobs). */
  void kill() {
    end(true);
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  @Override
  public void close() {
    if (alive()) {
      kill();
    }
  }

  private void end(boolean forcibly) {
    if (forcibly) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    RUNNING.remove(process);
  }

  private void awaitReady(long begin) {
    long deadline = begin + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("node " + name + " ended while starting (exit " + process.exitValue()
            + "), see " + log + ":\n" + tail());
      }
      try {
        // the health endpoint answers before the demo officers exist: wait for an officer's answer too
        if (get(null, "/actuator/health").statusCode() == 200
            && get("window1", "/engine-rest/task?maxResults=1").statusCode() == 200) {
          return;
        }
      } catch (UncheckedIOException notYet) {
        // not listening yet
      }
      pause(Duration.ofMillis(500));
    }
    throw new AssertionError("node " + name + " not ready after " + READY_TIMEOUT + ", see " + log + ":\n" + tail());
  }

  /** The last lines of the node's current log. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The node's job executor's lock owner, from its health as the administrator reads it. */
  String lockOwner() {
    JsonNode health = json(get("admin", "/actuator/health"));
    String owner = health.at("/components/jobExecutor/details/lockOwner").asText("");
    if (owner.isBlank()) {
      throw new IllegalStateException(name + ": no lock owner in the health answer: " + health);
    }
    return owner;
  }

  HttpResponse<String> get(String user, String path) {
    return send(user, HttpRequest.newBuilder(uri(path)).GET());
  }

  HttpResponse<String> post(String user, String path, Object body) {
    try {
      return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON merge patch (or any JSON body) sent with PATCH as the given user. */
  HttpResponse<String> patch(String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /**
   * The online hall's application (multipart: the application's JSON and one small PDF per material code), sent by
   * a technical account with its own password.
   */
  HttpResponse<String> apply(String user, String password, String application, List<String> materials) {
    String boundary = "oneseal-application-" + System.nanoTime();
    StringBuilder body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\""
        + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" + application + "\r\n");
    for (String code : materials) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(code)
          .append("\"; filename=\"").append(code).append(".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
          .append("%PDF-1.4\n% 申请材料\n\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return send(null, HttpRequest.newBuilder(uri("/api/v1/applicant/applications"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Idempotency-Key", boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  /** Deploys one BPMN model through /engine-rest as the given user. */
  HttpResponse<String> deploy(String user, String fileName, String bpmn) {
    String boundary = "oneseal-cluster-" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + "cluster-test\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
    return send(user, HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  // --- what an officer does -------------------------------------------------------------------------------

  /** A food business licence case registered by window1 through /engine-rest; its case number. */
  String registerFoodCase(String applicant) {
    JsonNode started = json(post("window1", "/engine-rest/process-definition/key/FoodBusinessLicence/submit-form",
        Map.of("variables", variables("applicantName", applicant, "applicantIdType", "RESIDENT_ID",
            "applicantId", "11010519491231002X", "contactName", "钱芳", "contactPhone", "13800138000",
            "premisesAddress", "吴中区东吴北路8号", "businessScope", "FOOD_SALES",
            "materials", List.of("M01", "M02", "M03", "M04")))));
    return started.get("businessKey").asText();
  }

  /** The window officer claims the case's intake task and accepts the case. */
  void accept(String window, String caseNumber) {
    String intake = onlyTask(window, caseNumber);
    assertThat(post(window, "/engine-rest/task/" + intake + "/claim", Map.of("userId", window)).statusCode())
        .isEqualTo(204);
    HttpResponse<String> done = post(window, "/engine-rest/task/" + intake + "/submit-form",
        Map.of("variables", variables("intakeDecision", "accept", "intakeOpinion", "材料齐全，予以受理")));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /** The id of the one open task of the case that the user sees. */
  String onlyTask(String user, String caseNumber) {
    JsonNode tasks = json(get(user, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber));
    assertThat(tasks).as("open tasks of %s for %s on %s", caseNumber, user, name).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** How many of the case's tasks are completed, as the auditor sees the history. */
  int finishedTasks(String caseNumber) {
    return json(get("auditor1", "/engine-rest/history/task?finished=true&processInstanceBusinessKey=" + caseNumber))
        .size();
  }

  /** The body of a successful answer as JSON. */
  static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s %s", response.uri(), response.body()).isBetween(200, 299);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Engine REST variables: each value as {"value": …}, lists as JSON variables. */
  static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      try {
        variables.put((String) keyValues[i], value instanceof List<?> list
            ? Map.of("value", JSON.writeValueAsString(list), "type", "Json") : Map.of("value", value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return variables;
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new UncheckedIOException("node " + name + " does not answer", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test JVM's class path (surefire names it in a property; its own class path is a manifest jar). */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
  }
}
