package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {

  @Test
  void theCommittedCatalogueLoads() throws Exception {
    try (InputStream in = new FileInputStream("processes/catalogue.yaml")) {
      ApprovalItem food = CatalogueLoader.read(in, "catalogue.yaml").get("FoodBusinessLicence");
      assertThat(food.name()).isEqualTo("食品经营许可");
      assertThat(food.statutoryLimit()).isEqualTo(10);
      assertThat(food.promisedLimit()).isLessThanOrEqualTo(food.statutoryLimit());
      assertThat(food.regulatorGroup()).isEqualTo("regulatorSamr");
      assertThat(food.materials()).extracting(Material::code).containsExactly("M01", "M02", "M03", "M04");
    }
  }

  @Test
  void listsEveryProblemWithItsItemAndField() {
    String yaml = """
        items:
          - code: FoodBusinessLicence
            name: 食品经营许可
            regulator: {department: 市场监管局, group: regulatorSamr}
            statutoryLimit: 10
            promisedLimit: 12
            stageLimits: {intake: 1, survey: 5, review: 5, decision: 3, delivery: 5}
            licence: {prefix: jy, validityYears: 5}
            materials:
              - {code: M01, name: 申请书, kind: main}
              - {code: M01, name: 重复, kind: other}
          - code: 9Bad
            name: ""
        """;
    CatalogueException e = catchThrowableOfType(CatalogueException.class,
        () -> CatalogueLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("FoodBusinessLicence.promisedLimit")
        .contains("承诺时限 12 个工作日超过法定时限 10"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("stageLimits.signFor"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("勘验、审查、决定环节时限之和 13 超过承诺时限 12"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("licence.prefix"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("materials[1].code").contains("重复"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("materials[1].kind"));
    assertThat(e.getProblems()).anySatisfy(p -> assertThat(p).contains("9Bad.code").contains("流程键"));
    assertThat(e.getMessage()).contains("事项目录有 " + e.getProblems().size() + " 处错误");
  }
}
