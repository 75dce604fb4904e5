package cn.gov.oneseal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * One node on the default configuration — H2 in file mode under {@code ONESEAL_DATA_DIR} — stopped and started
 * again keeps every case and every open task: after a SIGTERM, and after a SIGKILL.
 */
@Tag(ClusterFaultTest.TAG)
class H2RestartTest {

  @Test
  void aNodeRestartedOnH2KeepsEveryCase() throws Exception {
    Path data = Files.createTempDirectory("oneseal-h2-node");
    ClusterNode node = new ClusterNode("h2-node", Map.of("ONESEAL_DATA_DIR", data.toString()),
        List.of("--spring.profiles.active=demo"));
    try {
      System.out.printf("h2: node ready in %d s%n", node.start().toSeconds());
      String accepted = node.registerFoodCase("城东便利店");
      node.accept("window1", accepted);
      String acceptedTask = node.onlyTask("surveylead1", accepted);
      String waiting = node.registerFoodCase("城西小吃店");
      String waitingTask = node.onlyTask("window1", waiting);

      node.stop();
      System.out.printf("h2: restarted after SIGTERM in %d s%n", node.start().toSeconds());
      assertThat(node.onlyTask("surveylead1", accepted)).isEqualTo(acceptedTask);
      assertThat(node.onlyTask("window1", waiting)).isEqualTo(waitingTask);
      assertThat(node.finishedTasks(accepted)).as("the intake of %s, completed once", accepted).isEqualTo(1);

      // SIGKILL right after the officer got the answer that the case is registered
      String killed = node.registerFoodCase("城南面包房");
      String killedTask = node.onlyTask("window1", killed);
      node.kill();
      System.out.printf("h2: restarted after SIGKILL in %d s%n", node.start().toSeconds());
      assertThat(node.onlyTask("window1", killed)).isEqualTo(killedTask);
      assertThat(node.onlyTask("surveylead1", accepted)).isEqualTo(acceptedTask);
      assertThat(node.onlyTask("window1", waiting)).isEqualTo(waitingTask);
      // and the node goes on: the case registered before the crash can be accepted now
      node.accept("window1", killed);
    } finally {
      node.close();
      FileSystemUtils.deleteRecursively(data);
    }
  }
}
