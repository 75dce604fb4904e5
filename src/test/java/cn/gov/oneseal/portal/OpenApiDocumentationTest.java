package cn.gov.oneseal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI description an integrator reads (/v3/api-docs): every /api/v1 operation has a Chinese
 * summary under one of the five tags; the regulators' operations describe their request bodies.
 */
@OneSealSpringTest
@SuppressWarnings({"rawtypes", "unchecked"})
class OpenApiDocumentationTest {

  static final Set<String> TAGS = Set.of("办事指南", "文件查验", "申请人", "监管部门", "工作人员");
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @Autowired TestRestTemplate rest;

  Map<String, Object> docs() {
    ResponseEntity<Map> docs = rest.withBasicAuth("analyst1", "OneSeal-2026").getForEntity("/v3/api-docs", Map.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    return docs.getBody();
  }

  static Map<String, Object> operation(Map<String, Object> docs, String path, String method) {
    Map<String, Object> paths = (Map<String, Object>) docs.get("paths");
    assertThat(paths).containsKey(path);
    return (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
  }

  @Test
  void theOperationsCarryChineseSummariesUnderTheirTags() {
    Map<String, Object> docs = docs();
    assertThat(operation(docs, "/api/v1/regulator/dispatches", "get"))
        .containsEntry("summary", "查询推送本部门的审批结果").containsEntry("tags", List.of("监管部门"));
    assertThat(operation(docs, "/api/v1/regulator/dispatches/{caseNumber}/sign-for", "post"))
        .containsEntry("summary", "签收审批结果（监管签收）");
    assertThat(operation(docs, "/api/v1/regulator/verifications/{caseNumber}", "post"))
        .containsEntry("summary", "提交告知承诺核查结果");
    assertThat(operation(docs, "/api/v1/regulator/wrong-approval-reports", "post"))
        .containsEntry("summary", "报告错误审批");
    assertThat(operation(docs, "/api/v1/items/{code}", "get"))
        .containsEntry("summary", "事项的办事指南").containsEntry("tags", List.of("办事指南"));
    assertThat(operation(docs, "/api/v1/calendar/deadline", "get")).containsEntry("summary", "工作日计算");
    assertThat(operation(docs, "/api/v1/admin/calendar/{year}", "put"))
        .containsEntry("summary", "载入或更正一年的节假日安排").containsEntry("tags", List.of("工作人员"));
    assertThat(operation(docs, "/api/v1/supervision/cards", "get")).containsEntry("tags", List.of("工作人员"));
    // the analysts' catalogue maintenance: its calls, the change's body and the version's schema
    assertThat(operation(docs, "/api/v1/admin/catalogue/items/{code}", "patch"))
        .containsEntry("summary", "修改事项的时限、材料或容缺（部分）").containsEntry("tags", List.of("工作人员"));
    assertThat(operation(docs, "/api/v1/admin/catalogue/items/{code}", "put").get("requestBody").toString())
        .contains("CatalogueChange");
    assertThat(((Map<String, Object>) operation(docs, "/api/v1/admin/catalogue/items/{code}", "put")
        .get("responses")).keySet()).contains("200", "400", "403", "404", "409");
    assertThat(operation(docs, "/api/v1/admin/catalogue/items/{code}/versions", "get"))
        .containsEntry("summary", "一个事项的版本历史");

    // request bodies and the error body are described as schemas with Chinese field descriptions
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) docs.get("components")).get("schemas");
    assertThat(schemas).containsKeys("SignForRequest", "VerificationRequest", "WrongApprovalReportRequest",
        "RegulatorDispatch", "ApiError", "HolidayNotice", "CatalogueChange", "CatalogueVersion");
    // component names as the OpenAPI specification allows them ([A-Za-z0-9._-]), their titles in Chinese
    assertThat(schemas.keySet()).allSatisfy(name -> assertThat(name).matches("[A-Za-z0-9._-]+"));
    assertThat(((Map<String, Object>) schemas.get("VerificationRequest")).get("title")).isEqualTo("核查结果请求");
    Map<String, Object> verification = (Map<String, Object>) ((Map<String, Object>) schemas.get("VerificationRequest"))
        .get("properties");
    assertThat(((Map<String, Object>) verification.get("result")).get("enum"))
        .isEqualTo(List.of("met", "notMet", "false"));
    assertThat(((Map<String, Object>) verification.get("rectificationWorkingDays")).get("description").toString())
        .contains("整改期限");
    assertThat(operation(docs, "/api/v1/regulator/verifications/{caseNumber}", "post").get("requestBody").toString())
        .contains("VerificationRequest");
    assertThat(operation(docs, "/api/v1/regulator/dispatches/{caseNumber}/sign-for", "post").get("parameters")
        .toString()).contains("Idempotency-Key");
    // one error body for both APIs: the portal's refusals are described by the same ApiError schema
    assertThat(((Map<String, Object>) operation(docs, "/api/v1/applicant/applications", "post").get("responses"))
        .get("400").toString()).contains("#/components/schemas/ApiError");
  }

  @Test
  void everyOperationHasASummaryAndATag() {
    Map<String, Object> paths = (Map<String, Object>) docs().get("paths");
    List<String> undocumented = new ArrayList<>();
    int checked = 0;
    for (var path : paths.entrySet()) {
      for (var op : ((Map<String, Object>) path.getValue()).entrySet()) {
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        checked++;
        Map<String, Object> operation = (Map<String, Object>) op.getValue();
        Object summary = operation.get("summary");
        List<String> tags = (List<String>) operation.getOrDefault("tags", List.of());
        if (summary == null || !summary.toString().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)
            || tags.isEmpty() || !TAGS.containsAll(tags)) {
          undocumented.add(op.getKey().toUpperCase() + " " + path.getKey());
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
    assertThat(undocumented).isEmpty();
  }
}
