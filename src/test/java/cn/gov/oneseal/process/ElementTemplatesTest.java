package cn.gov.oneseal.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.process.StageContracts.StageContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Modeler element templates of the shared stages ({@code processes/.camunda/element-templates/{key}.json}, one
 * per stage) say what {@link StageContracts} says: the called stage, the business key, the variables in and out in
 * the contract's order, all locked — the model lint reads the contracts from them, so they are the contracts' one
 * copy outside Java. Each template has a Chinese name and description, and every call of a stage in
 * {@code processes/} carries its stage's template (the lint checks the bindings themselves).
 */
class ElementTemplatesTest {

  static final Path DIR = Path.of("processes/.camunda/element-templates");
  static final String BUSINESS_KEY = "#{execution.processBusinessKey}";
  static Map<String, JsonNode> templates;

  @BeforeAll
  static void read() throws IOException {
    templates = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        templates.put(file.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
      }
    }
  }

  @Test
  void everyStageHasItsTemplateAndEveryTemplateIsAStage() {
    assertThat(templates.keySet()).containsExactlyInAnyOrderElementsOf(
        StageContracts.STAGES.stream().map(s -> s.key() + ".json").toList());
  }

  @Test
  void eachTemplateIsItsStagesContractLocked() {
    for (StageContract stage : StageContracts.STAGES) {
      JsonNode template = templates.get(stage.key() + ".json");
      String where = stage.key() + ".json";
      assertThat(template.path("id").asText()).as(where).isEqualTo("cn.gov.oneseal." + stage.key());
      assertThat(template.path("appliesTo").toString()).as(where).contains("bpmn:CallActivity");
      assertThat(chinese(template.path("name").asText())).as(where + " name").isTrue();
      assertThat(chinese(template.path("description").asText())).as(where + " description").isTrue();
      List<String> in = new ArrayList<>();
      List<String> out = new ArrayList<>();
      String called = null;
      String businessKey = null;
      for (JsonNode property : template.path("properties")) {
        JsonNode binding = property.path("binding");
        String type = binding.path("type").asText();
        String value = property.path("value").asText();
        boolean locked = !property.path("editable").asBoolean(true) || property.path("type").asText().equals("Hidden");
        if (!type.equals("property") || binding.path("name").asText().equals("calledElement")) {
          assertThat(locked).as(where + " " + type + " " + value + " locked").isTrue();
        }
        assertThat(chinese(property.path("label").asText())).as(where + " label of " + property).isTrue();
        switch (type) {
          case "camunda:in" -> in.add(binding.path("target").asText() + "=" + value);
          case "camunda:out" -> out.add(binding.path("source").asText() + "=" + value);
          case "camunda:in:businessKey" -> businessKey = value;
          case "property" -> called = binding.path("name").asText().equals("calledElement") ? value : called;
          default -> { }
        }
      }
      assertThat(called).as(where + " calledElement").isEqualTo(stage.key());
      assertThat(businessKey).as(where + " business key").isEqualTo(BUSINESS_KEY);
      assertThat(in).as(where + " in").containsExactlyElementsOf(stage.in().stream().map(v -> v + "=" + v).toList());
      assertThat(out).as(where + " out").containsExactlyElementsOf(stage.out().stream().map(v -> v + "=" + v).toList());
    }
  }

  @Test
  void everyCallOfAStageCarriesItsTemplate() throws IOException {
    List<String> untemplated = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = Bpmn.readModelFromFile(file.toFile());
        String process = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
          String template = call.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
          if (!("cn.gov.oneseal." + call.getCalledElement()).equals(template)) {
            untemplated.add(process + " " + call.getId() + " calls " + call.getCalledElement() + " with template "
                + template);
          }
        }
      }
    }
    assertThat(untemplated).isEmpty();
  }

  private static boolean chinese(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
