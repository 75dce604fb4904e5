package cn.gov.oneseal.access;

import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.access.ApiClientProperties;

import cn.gov.oneseal.access.ApiClients;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The portal and the regulators' systems call the API with their own technical accounts, each only its
 * part; they cannot log in to the webapps; the OpenAPI description is there for integrators.
 */
@OneSealSpringTest
class ApiClientsTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ApiClients clients;

  @Test
  void eachClientHasItsOwnAccountAndGroups() {
    assertThat(identityService.createGroupQuery().groupMember("portal").list()).extracting(g -> g.getId())
        .containsExactly(Role.API_PORTAL);
    assertThat(identityService.createGroupQuery().groupMember("samrSystem").list()).extracting(g -> g.getId())
        .containsExactlyInAnyOrder(Role.API_REGULATOR_SYSTEM, "regulatorSamr");
    assertThat(identityService.createTenantQuery().userMember("samrSystem").list()).hasSize(3);
  }

  @Test
  void clientsCallOnlyTheirPartAndNeverTheWebapps() {
    assertThat(rest.withBasicAuth("samrSystem", "OneSeal-Samr-2026")
        .getForEntity("/api/v1/applicant/cases/32050020260302C0000010/notices", Map.class))
        .satisfies(r -> {
          assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
          assertThat(r.getBody().get("message")).isEqualTo("接口账号只能调用 /api/v1/regulator/ 下的对接接口");
        });
    assertThat(rest.withBasicAuth("portal", "OneSeal-Hall-2026")
        .getForEntity("/api/v1/regulator/dispatches", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/v1/regulator/dispatches", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("portal", "wrong-Password-1").getForEntity("/api/v1/applicant/cases/x/notices",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // the regulator's officers may use Tasklist; its system, in the same group, may not (nor the portal)
    assertThat(tasklist("nhc1")).isTrue();
    assertThat(tasklist("nhcSystem")).isFalse();
    assertThat(tasklist("portal")).isFalse();
  }

  /** What the webapps' login asks the engine: may the user access Tasklist? */
  boolean tasklist(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId())
        .toList();
    return authorizationService.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION,
        "tasklist");
  }

  @Test
  void theOpenApiDescriptionIsServedInChineseToItsClients() {
    // the description needs a login like the API it describes
    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> docs = rest.withBasicAuth("analyst1", "OneSeal-2026").getForEntity("/v3/api-docs", Map.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(((Map<?, ?>) docs.getBody().get("info")).get("title").toString()).contains("行政审批服务局接口");
    List<String> paths = ((Map<?, ?>) docs.getBody().get("paths")).keySet().stream().map(Object::toString).toList();
    assertThat(paths).contains("/api/v1/items").allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
    // the Swagger UI page (TestRestTemplate follows its redirect to the page)
    ResponseEntity<String> page = rest.withBasicAuth("samrSystem", "OneSeal-Samr-2026").getForEntity("/api/docs",
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("swagger-ui");
  }

  @Test
  void aBrokenClientEntryIsReportedBeforeAnythingIsCreated() {
    var broken = new ApiClients(new ApiClientProperties(List.of(
        new ApiClientProperties.Client("samr-system", "x", ApiClientProperties.Kind.REGULATOR, "regulatorNone", "short"),
        new ApiClientProperties.Client("portal", "x", null, null, "Long-enough-2026"))), null, null, null,
        new cn.gov.oneseal.catalogue.ItemCatalogue(List.of()));
    assertThat(broken.problems(true)).containsExactlyInAnyOrder(
        "client samr-system: id 须为 3–64 位字母或数字、以小写字母开头（引擎的用户名规则）",
        "client samr-system: password 未设置或少于 12 个字符（请从环境变量读取）",
        "client samr-system: regulator-group 须为事项目录中的监管部门组之一 []",
        "client portal: kind 须为 PORTAL 或 REGULATOR");
  }
}
