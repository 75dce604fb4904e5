package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.OneSealApplication;
import com.sun.tools.attach.VirtualMachine;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The bureau (or, for part (e), the bare Camunda starter) in a fresh JVM of its own, as part (e) starts it ({@code java -cp … OneSealApplication}, profile demo,
 * H2 in a temporary {@code ONESEAL_DATA_DIR}, a free port): the application's class path (the harness's without the
 * test classes) and, for the generated items, their folder after it. Ready when {@code /actuator/health} answers UP.
 */
final class ChildBureau implements AutoCloseable {

  final Process process;
  final int port;
  final double secondsToUp;
  /** Processor time the bureau's JVM spent until UP (all its threads): less bent by a shared machine's load. */
  final double cpuSecondsToUp;

  private ChildBureau(Process process, int port, double secondsToUp, double cpuSecondsToUp) {
    this.process = process;
    this.port = port;
    this.secondsToUp = secondsToUp;
    this.cpuSecondsToUp = cpuSecondsToUp;
  }

  /** Starts the bureau and waits until it is UP (secondsToUp negative: it died or timed out; see the log). */
  static ChildBureau start(List<Path> extraClasspath, List<String> args, Path log, int timeoutSeconds)
      throws Exception {
    return start(extraClasspath, args, Map.of("ONESEAL_DATA_DIR",
        BenchmarkMain.tempDir("oneseal-bench-items").toString()), log, timeoutSeconds);
  }

  /** The same on the data directory the environment names (started again on it: a restart). */
  static ChildBureau start(List<Path> extraClasspath, List<String> args, Map<String, String> env, Path log,
      int timeoutSeconds) throws Exception {
    List<String> entries = new ArrayList<>(Arrays.stream(
        System.getProperty("java.class.path").split(File.pathSeparator)).filter(e -> !e.endsWith("test-classes")).toList());
    extraClasspath.forEach(p -> entries.add(p.toAbsolutePath().toString()));
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo"));
    arguments.addAll(args);
    return launch(entries, OneSealApplication.class.getName(), arguments, env, log, timeoutSeconds);
  }

  /**
   * Starts an application's main class in a JVM of its own on a free port ({@code --server.port}) and waits until its
   * {@code /actuator/health} answers UP.
   */
  static ChildBureau launch(List<String> classpath, String mainClass, List<String> args, Map<String, String> env,
      Path log, int timeoutSeconds) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-cp",
        String.join(File.pathSeparator, classpath), mainClass, "--server.port=" + port));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process process = builder.start();
    double secs = -1;
    double cpu = -1;
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
    while (System.currentTimeMillis() < deadline && process.isAlive()) {
      if (BenchmarkMain.healthUp(port)) {
        secs = (System.nanoTime() - started) / 1e9;
        cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
        break;
      }
      BenchmarkMain.sleep(100);
    }
    ChildBureau bureau = new ChildBureau(process, port, secs, cpu);
    if (secs < 0) {
      bureau.close();
    }
    return bureau;
  }

  boolean up() {
    return secondsToUp >= 0;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * The heap in use after full collections, read from the bureau's JVM through its platform MXBean (the JDK's attach
   * API starts its local management agent; nothing is added to the bureau's command line).
   */
  long heapUsedAfterGc() throws Exception {
    VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
      MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
          ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
      memory.gc();
      memory.gc();
      return memory.getHeapMemoryUsage().getUsed();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }
}
