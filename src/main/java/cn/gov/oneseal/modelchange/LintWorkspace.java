package cn.gov.oneseal.modelchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * A folder laid out as the build lints it ({@code processes/} with the element templates, {@code forms/}): the models
 * and forms in force, with the change's files in place of the ones they replace — so that the lint resolves the
 * change's calls, stages and forms exactly as the build would, and reports on the change's files only.
 */
@Component
class LintWorkspace {

  static final String TEMPLATES = "processes/.camunda/element-templates/";

  private final CurrentModels current;

  LintWorkspace(CurrentModels current) {
    this.current = current;
  }

  /** A laid-out folder: lint it, then {@link #close} it. */
  record Folder(Path root, Path processes, Path forms) implements AutoCloseable {
    @Override
    public void close() {
      FileSystemUtils.deleteRecursively(root.toFile());
    }
  }

  /** Lays out the models in force for the tenant with the change's files (read as the system). */
  Folder layOut(ProposedFiles change, String tenantId) {
    try {
      Path root = Files.createTempDirectory("oneseal-change-");
      Folder folder = new Folder(root, Files.createDirectories(root.resolve("processes")),
          Files.createDirectories(root.resolve("forms")));
      Set<String> deployments = new HashSet<>();
      for (Map.Entry<String, ProcessDefinition> latest : current.latest(tenantId).entrySet()) {
        ProcessDefinition definition = latest.getValue();
        deployments.add(definition.getDeploymentId());
        if (!change.processFiles().containsKey(latest.getKey())) {
          Files.write(folder.processes().resolve(latest.getKey() + ".bpmn"),
              current.read(definition.getDeploymentId(), definition.getResourceName()));
        }
      }
      for (var decision : current.decisions(tenantId).entrySet()) {
        if (!change.files().containsKey(decision.getKey())) {
          Files.write(folder.processes().resolve(decision.getKey()), decision.getValue());
        }
      }
      for (String deployment : deployments) {
        for (var form : current.forms(deployment).entrySet()) {
          if (!change.formFiles().containsKey(form.getKey())) {
            Files.write(folder.forms().resolve(form.getKey() + ".form"), form.getValue());
          }
        }
      }
      Path templates = Files.createDirectories(root.resolve(TEMPLATES));
      for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:" + TEMPLATES + "*.json")) {
        try (InputStream in = template.getInputStream()) {
          Files.write(templates.resolve(template.getFilename()), in.readAllBytes());
        }
      }
      for (var file : change.files().entrySet()) {
        Path dir = file.getKey().endsWith(".form") ? folder.forms() : folder.processes();
        Files.write(dir.resolve(file.getKey()), file.getValue());
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
