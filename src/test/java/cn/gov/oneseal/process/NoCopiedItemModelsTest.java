package cn.gov.oneseal.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.process.ItemModel.Step;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No item's model repeats another's logic (src/docs/analysts-guide.md, "An item's model"). An item's model
 * ({@code processes/{code}.bpmn}, one per catalogue entry) chains the shared stages; what every item does alike is
 * written once, in a stage. Compared with ids, names and documentation blanked:
 * <ol>
 *   <li><b>Own steps.</b> Every element of an item's model but the call activities of shared stages, the start and
 *   end events and the gateways and sequence flows that only route between those is one of the item's own steps,
 *   compared with its bindings (listeners, forms, groups, due dates, timers, messages, expressions). A step that
 *   occurs in two item models is a copy: the test names the step and both models. Such a step belongs in a shared
 *   stage (a {@code Stage_*} process with its contract in {@link StageContracts} and its element template).</li>
 *   <li><b>Whole models.</b> Two item models that are identical once ids, names, documentation and the start form
 *   reference are blanked fail, unless their catalogue entries describe the same shape — the same item type and,
 *   for a 承诺件, the same 告知承诺 switch (the only catalogue fields that change which stages a model chains; the
 *   survey rule, 容缺, limits and the deciding bureau are read by the stages at run time). Items of one shape
 *   compose the same stages, so their models are the same chain: that is allowed and reported (the models hold no
 *   step of their own — rule 1 — so nothing in them can drift). Identical models of items whose catalogue entries
 *   describe different shapes fail: one of the two models does not show its item.</li>
 * </ol>
 */
class NoCopiedItemModelsTest {

  static Map<String, ItemModel> models;
  static Map<String, String> shapes;

  @BeforeAll
  static void read() throws IOException {
    shapes = catalogueShapes(Path.of("processes/catalogue.yaml"));
    models = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        if (shapes.containsKey(ItemModel.keyOf(file))) {
          ItemModel model = new ItemModel(file);
          models.put(model.key, model);
        }
      }
    }
  }

  @Test
  void everyCatalogueItemHasItsModel() {
    assertThat(models.keySet()).as("item models in processes/").containsExactlyInAnyOrderElementsOf(shapes.keySet());
  }

  @Test
  void noItemModelRepeatsAStepOfAnother() {
    Map<String, List<Step>> byFingerprint = new LinkedHashMap<>();
    for (ItemModel model : models.values()) {
      for (Step step : model.ownSteps()) {
        byFingerprint.computeIfAbsent(step.fingerprint(), f -> new ArrayList<>()).add(step);
      }
    }
    List<String> copies = new ArrayList<>();
    byFingerprint.values().stream().filter(steps -> steps.stream().map(Step::model).distinct().count() > 1)
        .forEach(steps -> copies.add(copy(steps)));
    assertThat(copies).as("steps written in more than one item model: put each in a shared stage (Stage_*) and call "
        + "it with its element template").isEmpty();
  }

  @Test
  void twoIdenticalItemModelsAreItemsOfOneShape() {
    Map<String, List<String>> byModel = new LinkedHashMap<>();
    for (ItemModel model : models.values()) {
      byModel.computeIfAbsent(model.blanked(), m -> new ArrayList<>()).add(model.key);
    }
    List<String> wrong = new ArrayList<>();
    for (List<String> same : byModel.values()) {
      if (same.size() < 2) {
        continue;
      }
      Map<String, List<String>> byShape = new TreeMap<>();
      same.forEach(key -> byShape.computeIfAbsent(shapes.get(key), s -> new ArrayList<>()).add(key));
      if (byShape.size() == 1) {
        System.out.println("same model, same shape: " + String.join(", ", same) + " are the same model once ids, names, "
            + "documentation and the start form are blanked, and their catalogue entries describe the same shape ("
            + byShape.keySet().iterator().next() + "): allowed — items of one shape chain the same stages");
      } else {
        wrong.add(String.join(", ", same) + " are the same model once ids, names, documentation and the start form are "
            + "blanked, but their catalogue entries describe different shapes " + byShape
            + ": each model must show its own item's shape");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String copy(List<Step> steps) {
    List<String> where = steps.stream().map(s -> s.model() + " " + s.shown()).distinct().toList();
    return "copied step " + steps.get(0).fingerprint() + "\n    is written in " + String.join(",\n    and in ", where);
  }

  /** Each item's shape as its catalogue entry describes it: the type and, for a 承诺件, the 告知承诺 switch. */
  static Map<String, String> catalogueShapes(Path catalogue) throws IOException {
    JsonNode items = new ObjectMapper(new YAMLFactory()).readTree(catalogue.toFile()).path("items");
    Map<String, String> shapes = new TreeMap<>();
    for (JsonNode item : items) {
      String type = item.path("type").asText();
      String label = switch (type) {
        case "INSTANT" -> "即办件";
        case "PROMISE" -> "承诺件";
        case "REPORT" -> "上报件";
        case "JOINT" -> "联办件";
        default -> type;
      };
      if (type.equals("PROMISE")) {
        label += item.path("commitment").path("allowed").asBoolean(false) ? "，可告知承诺" : "，不适用告知承诺";
      }
      shapes.put(item.path("code").asText(), label);
    }
    return shapes;
  }
}
