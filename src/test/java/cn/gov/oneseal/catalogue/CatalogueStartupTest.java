package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.gov.oneseal.OneSealApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/** A broken catalogue stops start-up, and the report lists its problems instead of a stack trace. */
class CatalogueStartupTest {

  @Test
  void aBrokenCatalogueStopsStartUpWithItsProblems() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OneSealApplication.class)
        .profiles("test")
        .run("--server.port=0", "--camunda.bpm.process-engine-name=broken",
            "--oneseal.catalogue.location=classpath:broken-catalogue.yaml").close());
    Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
    assertThat(root).isInstanceOf(CatalogueException.class);
    FailureAnalysis analysis = new CatalogueFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription())
        .contains("FoodBusinessLicence.promisedLimit: 承诺时限 12 个工作日超过法定时限 10 个工作日")
        .contains("容缺材料 M09 不在本事项的材料清单中")
        .contains("PublicPlaceHygieneLicence: 流程 PublicPlaceHygieneLicence 不在事项目录中");
    assertThat(analysis.getAction()).contains("processes/catalogue.yaml");
  }
}
