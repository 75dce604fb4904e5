package cn.gov.oneseal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueLoader;
import cn.gov.oneseal.form.StartForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deploys the committed processes/ and forms/ — with the items' start forms as the build generates them from the
 * catalogue and forms/layout/ — into a bare engine with the production rules (history time to live enforced): a
 * model the engine would refuse fails here, whatever the Spring wiring.
 */
class DeployabilityTest {

  @RegisterExtension
  static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

  ProcessEngine processEngine;
  String deploymentId;

  @AfterEach
  void undeploy() {
    if (deploymentId != null) {
      processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void everyModelAndFormDeploysAsCommitted() throws IOException {
    List<Path> bpmn = files("processes", ".bpmn");
    List<Path> dmn = files("processes", ".dmn");
    List<Path> forms = files("forms", ".form").stream().filter(p -> !p.startsWith(Path.of("forms", "layout"))).toList();
    DeploymentBuilder deployment = processEngine.getRepositoryService().createDeployment().name("deploy-check");
    for (Path path : Stream.of(bpmn, dmn, forms).flatMap(List::stream).toList()) {
      try (InputStream in = Files.newInputStream(path)) {
        deployment.addInputStream(path.toString(), in);
      }
    }
    JsonNode layout = StartForms.read(Files.readAllBytes(Path.of("forms/layout/Form_Register.form")));
    List<ApprovalItem> items;
    try (InputStream in = Files.newInputStream(Path.of("processes/catalogue.yaml"))) {
      items = CatalogueLoader.read(in, "catalogue.yaml", null).all();
    }
    for (ApprovalItem item : items) {
      deployment.addInputStream(StartForms.fileName(item.code()),
          new ByteArrayInputStream(StartForms.bytes(StartForms.generate(layout, item))));
    }
    DeploymentWithDefinitions deployed = deployment.deployWithResult();
    deploymentId = deployed.getId();

    assertThat(deployed.getDeployedProcessDefinitions()).hasSize(bpmn.size());
    assertThat(deployed.getDeployedProcessDefinitions()).extracting(ProcessDefinition::getKey)
        .contains("FoodBusinessLicence", "Stage_Intake", "Stage_SiteSurvey", "Stage_Dispatch");
    assertThat(processEngine.getRepositoryService().getDeploymentResourceNames(deploymentId))
        .filteredOn(name -> name.endsWith(".form")).hasSize(forms.size() + items.size());
    assertThat(deployed.getDeployedProcessDefinitions())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
  }

  private static List<Path> files(String dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(dir))) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
