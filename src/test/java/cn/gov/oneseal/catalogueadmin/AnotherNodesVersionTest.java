package cn.gov.oneseal.catalogueadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A version another node wrote (a row in the shared database this node has not refreshed yet) is taken at once where
 * a case is registered: the online hall's application is checked against its materials — a material it made
 * required is missing, one it added is accepted — and the case runs under it. (The two-node walk with real nodes is
 * cluster/CatalogueClusterTest; here the other node is its row, so that the order is certain.)
 */
class AnotherNodesVersionTest extends CaseTest {

  static final String CODE = "FoodBusinessLicence";
  static final byte[] PDF = "%PDF-1.4\n% 申请材料\n".getBytes(StandardCharsets.UTF_8);

  @Autowired TestRestTemplate rest;
  @Autowired ItemCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  JsonNode editableBefore;

  @AfterEach
  void putTheItemBack() {
    if (editableBefore != null) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      assertThat(rest.withBasicAuth("admin", CatalogueApiTest.PASSWORD).exchange(CatalogueApiTest.FOOD, HttpMethod.PUT,
          new HttpEntity<>(editableBefore.toString(), headers), String.class).getStatusCode().value()).isEqualTo(200);
    }
  }

  @Test
  void anApplicationOnANodeNotYetRefreshedIsCheckedAgainstTheLatestVersion() throws Exception {
    int version = catalogue.version(CODE);
    JsonNode current = json.readTree(jdbc.queryForObject(
        "select entry_json from catalogue_entry where item_code = ? and item_version = ?", String.class, CODE, version));
    editableBefore = json.readTree(rest.withBasicAuth("admin", CatalogueApiTest.PASSWORD)
        .getForObject(CatalogueApiTest.FOOD, String.class)).path("editable");
    // another node's change: a required material M05
    ObjectNode entry = current.deepCopy();
    ((ArrayNode) entry.get("materials")).addObject().put("code", "M05").put("name", "从业人员健康证明")
        .put("kind", "secondary").put("required", true);
    jdbc.update("insert into catalogue_entry (item_code, item_version, entry_json, change_source, changed_by, "
        + "changed_at, changes) values (?, ?, ?, 'API', 'analyst1', ?, '新增材料 M05 从业人员健康证明（次要材料）')", CODE,
        version + 1, entry.toString(), OffsetDateTime.now());
    assertThat(catalogue.version(CODE)).as("this node has not refreshed").isEqualTo(version);

    ResponseEntity<Map> missing = submit(List.of("M01", "M02", "M03", "M04"));
    assertThat(missing.getStatusCode().value()).as("%s", missing.getBody()).isEqualTo(400);
    assertThat(missing.getBody().toString()).contains("files.M05", "缺少必需材料：M05 从业人员健康证明");
    ResponseEntity<Map> complete = submit(List.of("M01", "M02", "M03", "M04", "M05"));
    assertThat(complete.getStatusCode().value()).as("%s", complete.getBody()).isEqualTo(201);
    String caseNumber = (String) complete.getBody().get("caseNumber");
    assertThat(caseFiles.get(caseNumber).catalogueVersion()).isEqualTo(version + 1);
    assertThat(caseFiles.materialNames(caseNumber)).contains("从业人员健康证明");
  }

  /** The online hall's application for a food business licence with a PDF for each of these materials. */
  @SuppressWarnings("rawtypes")
  ResponseEntity<Map> submit(List<String> materials) throws Exception {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders jsonPart = new HttpHeaders();
    jsonPart.setContentType(new MediaType("application", "json", StandardCharsets.UTF_8));
    parts.add("application", new HttpEntity<>(json.writeValueAsString(Map.of("itemCode", CODE,
        "applicant", Map.of("name", "好味餐饮有限公司", "idType", "USCC", "id", "91350100M000100Y43"),
        "contact", Map.of("name", "林晓", "phone", "0512-66881234"), "premisesAddress", "姑苏区人民路100号",
        "businessScope", "CATERING", "path", "ORDINARY")), jsonPart));
    for (String code : materials) {
      HttpHeaders file = new HttpHeaders();
      file.setContentType(MediaType.APPLICATION_PDF);
      file.setContentDisposition(ContentDisposition.formData().name(code).filename(code + ".pdf").build());
      parts.add(code, new HttpEntity<>(PDF, file));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026").postForEntity("/api/v1/applicant/applications",
        new HttpEntity<>(parts, headers), Map.class);
  }
}
