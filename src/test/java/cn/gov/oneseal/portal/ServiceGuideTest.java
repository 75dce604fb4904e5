package cn.gov.oneseal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.OneSealSpringTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The public service guide (办事指南) answers anonymously, in Chinese, from the catalogue. */
@OneSealSpringTest
class ServiceGuideTest {

  @Autowired TestRestTemplate rest;

  @Test
  void listsEveryItemWithItsLimits() {
    ResponseEntity<List> items = rest.getForEntity("/api/v1/items", List.class);
    assertThat(items.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(items.getHeaders().getContentType().toString()).contains("application/json");
    assertThat(items.getBody()).hasSize(24);
    Map<?, ?> eia = ((List<Map<?, ?>>) items.getBody()).stream()
        .filter(i -> i.get("code").equals("EiaReportFormApproval")).findFirst().orElseThrow();
    // 环评法第二十二条: 30 日 from receipt of the 报告表; the promise is the bureau's
    assertThat(eia.get("limitText")).isEqualTo("承诺 15 个工作日内办结（法定时限：自收到申请之日起30 个工作日）");
    Map<?, ?> road = ((List<Map<?, ?>>) items.getBody()).stream()
        .filter(i -> i.get("code").equals("RoadFreightLicence")).findFirst().orElseThrow();
    assertThat(road.get("typeName")).isEqualTo("即办件");
    assertThat(road.get("limitText")).isEqualTo("当场办结（法定时限：自受理之日起20 个工作日）");
  }

  @Test
  void oneItemShowsMaterialsFeesAndPaths() {
    ResponseEntity<Map> food = rest.getForEntity("/api/v1/items/FoodBusinessLicence", Map.class);
    assertThat(food.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<?, ?> body = food.getBody();
    assertThat(body.get("name")).isEqualTo("食品经营许可");
    assertThat(body.get("department")).isEqualTo("市场监督管理局");
    assertThat(body.get("limitText")).isEqualTo("承诺 6 个工作日内办结（法定时限：自受理之日起10 个工作日）");
    assertThat(body.get("deliveryLimit")).isEqualTo(5);
    assertThat(body.get("fees")).isEqualTo("不收费");
    assertThat(body.get("licenceValidity")).isEqualTo("5 年");
    assertThat(body.get("siteSurvey")).isEqualTo("需要联合现场勘验");
    List<Map<?, ?>> materials = (List<Map<?, ?>>) body.get("materials");
    assertThat(materials).extracting(m -> (Object) m.get("code")).containsExactly("M01", "M02", "M03", "M04");
    assertThat(materials.get(0).get("kind")).isEqualTo("主要材料");
    assertThat(materials.get(2).get("deficiencyTolerated")).isEqualTo(true);
    List<Map<?, ?>> paths = (List<Map<?, ?>>) body.get("paths");
    assertThat(paths).extracting(p -> (Object) (p.get("name") + ":" + p.get("available")))
        .containsExactly("一般程序:true", "容缺受理:true", "告知承诺:true");

    Map<?, ?> hygiene = rest.getForEntity("/api/v1/items/PublicPlaceHygieneLicence", Map.class).getBody();
    assertThat((List<Map<?, ?>>) hygiene.get("paths")).anySatisfy(p -> {
      assertThat(p.get("code")).isEqualTo("DEFICIENCY");
      assertThat(p.get("available")).isEqualTo(false);
      assertThat((String) p.get("description")).contains("直接关系人身健康");
    });
    Map<?, ?> drug = rest.getForEntity("/api/v1/items/DrugRetailLicence", Map.class).getBody();
    assertThat(drug.get("decidedBy")).isEqualTo("县（市、区）行政审批局受理审查，市行政审批局决定");
    Map<?, ?> joint = rest.getForEntity("/api/v1/items/JointCompletionAcceptance", Map.class).getBody();
    assertThat((List<?>) joint.get("jointDepartments")).hasSize(5);
  }

  @Test
  void anUnknownItemIs404WithAReadableMessage() {
    ResponseEntity<Map> missing = rest.getForEntity("/api/v1/items/NoSuchItem", Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody().get("message")).isEqualTo("事项目录中没有编码为 NoSuchItem 的事项");
  }
}
