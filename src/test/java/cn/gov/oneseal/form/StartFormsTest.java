package cn.gov.oneseal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueLoader;
import cn.gov.oneseal.catalogue.CatalogueLoaderTest;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Material;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * The items' 收件登记 forms are the shared layout filled with the catalogue: the deployed forms are exactly what
 * {@link StartForms} makes of forms/layout/Form_Register.form and processes/catalogue.yaml; an item's form changes
 * with its materials and nothing else does; the build refuses a hand-made copy and a layout without its fields.
 */
class StartFormsTest {

  static final Path LAYOUT = Path.of("forms/layout/Form_Register.form");

  static JsonNode layout() throws IOException {
    return StartForms.read(Files.readAllBytes(LAYOUT));
  }

  static ItemCatalogue catalogue(String yaml) {
    return CatalogueLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml", null);
  }

  static ItemCatalogue committed() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("processes/catalogue.yaml"))) {
      return CatalogueLoader.read(in, "catalogue.yaml", null);
    }
  }

  @Test
  void theDeployedStartFormOfEveryItemIsTheLayoutFilledWithTheCatalogue() throws IOException {
    JsonNode layout = layout();
    assertThat(StartForms.layout()).as("the layout on the class path is the committed one").isEqualTo(layout);
    for (ApprovalItem item : committed().all()) {
      ClassPathResource deployed = new ClassPathResource("forms/" + StartForms.fileName(item.code()));
      assertThat(deployed.exists()).as("deployed start form of %s", item.code()).isTrue();
      JsonNode form;
      try (InputStream in = deployed.getInputStream()) {
        form = StartForms.read(in.readAllBytes());
      }
      assertThat(form).as("start form of %s", item.code()).isEqualTo(StartForms.generate(layout, item));
      assertThat(form.get("id").asText()).isEqualTo("Form_Register" + item.code());
      assertThat(form.get("components").get(0).get("text").asText())
          .startsWith("### " + item.name() + " · 收件登记\n" + item.type().label() + "。")
          .doesNotContain("{{");
      Map<String, String> materials = new java.util.LinkedHashMap<>();
      for (Material m : item.materials()) {
        materials.put(m.code(), m.name() + (m.required() ? "" : "（如有）"));
      }
      assertThat(options(form, "materials")).as("materials of %s", item.code()).containsExactlyEntriesOf(materials);
      assertThat(options(form, "businessScope")).as("business scopes of %s", item.code())
          .containsExactlyEntriesOf(item.businessScopes());
      // the common part: the layout's fields, keys and labels, in its order
      assertThat(keys(form)).containsSubsequence("applicantName", "applicantIdType", "applicantId", "contactName",
          "contactPhone", "premisesAddress", "materials");
      assertThat(FormChoices.label(StartForms.formId(item.code()), "applicantId")).isEqualTo("证件号码");
    }
    // an item without 主体业态 has no such field; the 即办件 is registered and decided on the spot
    JsonNode roadFreight = StartForms.generate(layout, committed().get("RoadFreightLicence"));
    assertThat(keys(roadFreight)).doesNotContain("businessScope");
    assertThat(roadFreight.get("components").get(0).get("text").asText()).endsWith("当场受理、当场决定。");
    assertThat(StartForms.generate(layout, committed().get("FoodBusinessLicence")).get("components").get(0)
        .get("text").asText()).endsWith("5 个工作日内须作出受理决定或一次性告知补正。");
  }

  @Test
  void anItemsStartFormChangesWithItsMaterialsAndNothingElseDoes() throws IOException {
    JsonNode layout = layout();
    ObjectNode before = StartForms.generate(layout, catalogue(CatalogueLoaderTest.FOOD).get("Food"));
    ObjectNode after = StartForms.generate(layout, catalogue(CatalogueLoaderTest.FOOD.replace(
        "- {code: M02, name: 规章制度目录, kind: secondary}",
        "- {code: M02, name: 规章制度目录, kind: secondary}\n      - {code: M05, name: 卫生管理制度, kind: secondary, required: false}"))
        .get("Food"));
    assertThat(options(before, "materials")).containsExactly(Map.entry("M01", "申请书"), Map.entry("M02", "规章制度目录"));
    assertThat(options(after, "materials")).containsExactly(Map.entry("M01", "申请书"), Map.entry("M02", "规章制度目录"),
        Map.entry("M05", "卫生管理制度（如有）"));
    // the rest of the form is the same
    ((ObjectNode) component(before, "materials")).remove("values");
    ((ObjectNode) component(after, "materials")).remove("values");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theBuildRefusesAHandMadeCopyAndALayoutWithoutItsFieldsAndDropsAFormOfARemovedItem(@TempDir Path dir)
      throws IOException {
    Path catalogue = Files.writeString(dir.resolve("catalogue.yaml"), CatalogueLoaderTest.FOOD);
    Path forms = Files.createDirectories(dir.resolve("forms"));
    Path layout = Files.createDirectories(forms.resolve("layout")).resolve("Form_Register.form");
    Files.copy(LAYOUT, layout);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("Form_RegisterRemoved.form"), "{}");

    assertThat(StartFormGenerator.generate(catalogue, layout, forms, out)).containsExactly("Form_RegisterFood.form");
    assertThat(StartForms.read(Files.readAllBytes(out.resolve("Form_RegisterFood.form"))).get("id").asText())
        .isEqualTo("Form_RegisterFood");
    assertThat(out.resolve("Form_RegisterRemoved.form")).doesNotExist();

    Files.writeString(forms.resolve("Copy.form"), "{\"id\": \"Form_RegisterFood\", \"components\": []}");
    assertThatThrownBy(() -> StartFormGenerator.generate(catalogue, layout, forms, out))
        .hasMessageContaining("Copy.form: 收件登记表单由事项目录和").hasMessageContaining("不要手写副本");
    Files.delete(forms.resolve("Copy.form"));

    ObjectNode withoutMaterials = (ObjectNode) layout();
    List<JsonNode> kept = new ArrayList<>();
    withoutMaterials.get("components").forEach(c -> {
      if (!"materials".equals(c.path("key").asText())) {
        kept.add(c);
      }
    });
    withoutMaterials.putArray("components").addAll(kept);
    Files.write(layout, StartForms.bytes(withoutMaterials));
    assertThatThrownBy(() -> StartFormGenerator.generate(catalogue, layout, forms, out))
        .hasMessageContaining("布局须在顶层有多选字段（checklist）materials");
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode component : form.get("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    return null;
  }

  private static Map<String, String> options(JsonNode form, String key) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    JsonNode component = component(form, key);
    if (component != null) {
      component.get("values").forEach(v -> options.put(v.get("value").asText(), v.get("label").asText()));
    }
    return options;
  }

  private static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    form.get("components").forEach(c -> {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
    });
    return keys;
  }
}
