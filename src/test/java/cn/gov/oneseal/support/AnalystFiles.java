package cn.gov.oneseal.support;

import cn.gov.oneseal.form.StartFormGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bureau's analyst files with one item added, as the build lays them out for the application
 * (src/docs/analysts-guide.md, "Add an item"): {@code processes/} — the committed models, DMN, element templates and
 * {@code catalogue.yaml} with the new item's entry appended, plus the new item's model — and {@code forms/} — the
 * committed forms and the start forms the build's own step ({@link StartFormGenerator}, run by the pom at
 * process-classes) makes from that catalogue and {@code forms/layout/Form_Register.form}. The folder is under
 * {@code target/analyst-files/} (kept after the test, for the model lint). {@link #properties()} are the settings
 * that make the application read its models, forms and catalogue from this folder instead of the class path.
 */
public final class AnalystFiles {

  /** The element templates an analyst draws the model with. */
  public static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");

  private final Path root;

  private AnalystFiles(Path root) {
    this.root = root;
  }

  /** The committed files with the entry appended to the catalogue and the model (if any) added; forms not made. */
  public static AnalystFiles of(String name, String catalogueEntry, String itemCode, BpmnModelInstance model) {
    Path root = Path.of("target/analyst-files", name).toAbsolutePath();
    try {
      delete(root);
      copy(Path.of("processes"), root.resolve("processes"));
      Path catalogue = root.resolve("processes/catalogue.yaml");
      String committed = Files.readString(catalogue, StandardCharsets.UTF_8);
      if (committed.contains("code: " + itemCode + "\n")) {
        throw new IllegalStateException(itemCode + " is in processes/catalogue.yaml already: choose another item");
      }
      Files.writeString(catalogue, committed.stripTrailing() + "\n\n" + catalogueEntry, StandardCharsets.UTF_8);
      if (model != null) {
        TemplateModels.write(model, root.resolve("processes/" + itemCode + ".bpmn"));
      }
      copy(Path.of("forms"), root.resolve("forms"));
      delete(root.resolve("forms/layout"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnalystFiles(root);
  }

  /** The build's step: the start forms of every item of the catalogue, among the forms. */
  public AnalystFiles buildStartForms() {
    try {
      StartFormGenerator.generate(root.resolve("processes/catalogue.yaml"), Path.of("forms/layout/Form_Register.form"),
          Path.of("forms"), root.resolve("forms"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Path root() {
    return root;
  }

  /**
   * The application's settings that point it at this folder instead of the class path, all three settings it already
   * has: the catalogue file ({@code oneseal.catalogue.location}), the models the catalogue is checked against
   * ({@code oneseal.catalogue.processes}) and what the engine deploys ({@code camunda.bpm.deployment-resource-pattern}).
   */
  public String[] properties() {
    String processes = "file:" + root.resolve("processes");
    return new String[] {
        "oneseal.catalogue.location=" + processes + "/catalogue.yaml",
        "oneseal.catalogue.processes=" + processes + "/**/*.bpmn",
        "camunda.bpm.deployment-resource-pattern[0]=" + processes + "/**/*.bpmn",
        "camunda.bpm.deployment-resource-pattern[1]=" + processes + "/**/*.dmn",
        "camunda.bpm.deployment-resource-pattern[2]=file:" + root.resolve("forms") + "/**/*.form"};
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
