package cn.gov.oneseal.form;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueLoader;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build's step that writes every item's start form ({@link StartForms}) among the deployed forms, run by Maven at
 * {@code process-classes} (pom.xml):
 * {@code StartFormGenerator processes/catalogue.yaml forms/layout/Form_Register.form forms target/classes/forms}.
 * It stops the build, in Chinese, on a catalogue the rules refuse, a layout without its two fields, or a hand-made
 * copy of a start form in {@code forms/} (the analyst edits the layout and the catalogue, never a copy). A start form
 * of an item no longer in the catalogue is removed from the output.
 */
public final class StartFormGenerator {

  private StartFormGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException("用法: StartFormGenerator <catalogue.yaml> <布局.form> <forms 目录> <输出目录>");
    }
    List<String> written = generate(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    System.out.println("收件登记表单: 由 " + args[1] + " 和 " + args[0] + " 生成 " + written.size() + " 个 → " + args[3]);
  }

  /** Writes the start forms and returns their file names. */
  public static List<String> generate(Path catalogueFile, Path layoutFile, Path formsDir, Path outputDir)
      throws IOException {
    ItemCatalogue catalogue;
    try (InputStream in = Files.newInputStream(catalogueFile)) {
      catalogue = CatalogueLoader.read(in, catalogueFile.toString(), null);
    }
    JsonNode layout = StartForms.read(Files.readAllBytes(layoutFile));
    List<String> problems = new ArrayList<>();
    StartForms.check(layout).forEach(p -> problems.add(layoutFile + ": " + p));
    Set<String> names = new TreeSet<>();
    catalogue.all().forEach(item -> names.add(StartForms.fileName(item.code())));
    try (Stream<Path> files = Files.walk(formsDir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form") && !p.equals(layoutFile)).toList()) {
        String id = StartForms.read(Files.readAllBytes(file)).path("id").asText("");
        if (names.contains(file.getFileName().toString()) || names.contains(id + ".form")) {
          problems.add(file + ": 收件登记表单由事项目录和 " + layoutFile + " 生成，不要手写副本：删除此文件，改布局或事项目录");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("收件登记表单无法生成:\n - " + String.join("\n - ", problems));
    }
    Files.createDirectories(outputDir);
    List<String> written = new ArrayList<>();
    for (ApprovalItem item : catalogue.all()) {
      Path target = outputDir.resolve(StartForms.fileName(item.code()));
      byte[] form = StartForms.bytes(StartForms.generate(layout, item));
      if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), form)) {
        Files.write(target, form);
      }
      written.add(target.getFileName().toString());
    }
    try (Stream<Path> stale = Files.list(outputDir)) {
      for (Path file : stale.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(StartForms.PREFIX) && name.endsWith(".form") && !names.contains(name)
            && !Files.exists(formsDir.resolve(name))) {
          Files.delete(file);
        }
      }
    }
    return written;
  }
}
