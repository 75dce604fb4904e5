package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each item's 收件登记 form (forms/Form_Register{code}.form) offers exactly the item's materials and
 * business scopes: an analyst who changes the catalogue's material list must change the form too.
 */
class StartFormsMatchCatalogueTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void startFormsOfferTheCataloguesMaterials() throws Exception {
    for (ApprovalItem item : CatalogueLoaderTest.committed().all()) {
      File file = new File("forms/Form_Register" + item.code() + ".form");
      assertThat(file).as("start form of %s", item.code()).exists();
      JsonNode form = JSON.readTree(file);
      assertThat(form.get("id").asText()).isEqualTo("Form_Register" + item.code());
      assertThat(values(form, "materials")).as("materials of %s", item.code())
          .containsExactlyElementsOf(item.materials().stream().map(Material::code).toList());
      assertThat(values(form, "businessScope")).as("business scopes of %s", item.code())
          .containsExactlyElementsOf(item.businessScopes().keySet());
    }
  }

  private static List<String> values(JsonNode form, String key) {
    List<String> values = new ArrayList<>();
    for (JsonNode component : form.get("components")) {
      if (key.equals(component.path("key").asText())) {
        component.get("values").forEach(v -> values.add(v.get("value").asText()));
      }
    }
    return values;
  }
}
