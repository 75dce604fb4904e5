package cn.gov.oneseal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import cn.gov.oneseal.outbox.Outbox;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

/**
 * A test-only bean in the cluster tests' nodes (added with {@code --spring.main.sources}; not a component, so
 * the other tests never see it): the service task of the test model, {@code ${clusterProbe.work(execution)}}.
 * It leaves a trace outside the database first — a line "node process-instance" in a file shared by the nodes,
 * like a mail or a call to another system — then takes {@code workMillis} (a process variable), so that jobs are
 * still running, and still locked, when a test kills a node or stops the database. With the variable {@code notify}
 * true it also puts a text message in the outbox in the job's transaction (key Probe-&lt;business key&gt;), sent
 * afterwards through the nodes' SMS channel to the test's provider stub.
 */
public class ClusterProbe {

  static final String EFFECTS = "oneseal.cluster-test.effects";

  static final String PHONE = "13912345678";

  private final String node;
  private final Path effects;
  private final ObjectProvider<Outbox> outbox;

  public ClusterProbe(Environment environment, ObjectProvider<Outbox> outbox) {
    this.node = environment.getRequiredProperty("camunda.bpm.generic-properties.properties.hostname");
    this.effects = Path.of(environment.getRequiredProperty(EFFECTS));
    this.outbox = outbox;
  }

  public void work(DelegateExecution execution) throws InterruptedException {
    try {
      Files.writeString(effects, node + " " + execution.getProcessInstanceId() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Boolean.TRUE.equals(execution.getVariable("notify"))) {
      String key = execution.getProcessBusinessKey();
      outbox.getObject().enqueue(new Outbox.Message("Probe-" + key, "SMS", null, PHONE,
          "{\"caseNumber\":\"" + key + "\",\"document\":\"《集群测试》\"}", "集群测试 " + key, null));
    }
    Object millis = execution.getVariable("workMillis");
    Thread.sleep(millis instanceof Number number ? number.longValue() : 0);
  }
}
