package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.gov.oneseal.OneSealApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

/** Outside demo, the application does not start without the bureaus' seals, and says what to configure. */
class SealStartupTest {

  @Test
  void withoutSealsTheApplicationDoesNotStartAndSaysWhatToSet() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OneSealApplication.class)
        .profiles("test")
        .properties("camunda.bpm.webapp.enabled=false")
        .run("--server.port=0", "--camunda.bpm.process-engine-name=unsealed", "--oneseal.seals.demo=false").close());
    Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
    assertThat(root).isInstanceOf(SealConfigurationException.class);
    FailureAnalysis analysis = new SealFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription())
        .contains("某市行政审批服务局（city）未配置印章 (no seal configured)")
        .contains("oneseal.seals.bureaus.countyB.pkcs12.path")
        .contains("ONESEAL_SEAL_COUNTYB_PASSWORD");
    assertThat(analysis.getAction()).contains("oneseal.seals");
  }

  @Test
  void theYamlKeysBindAsDocumented() {
    var source = new MapConfigurationPropertySource(Map.of(
        "oneseal.seals.bureaus.countyA.pkcs12.path", "/etc/oneseal/seals/countyA.p12",
        "oneseal.seals.bureaus.countyA.pkcs12.password-env", "ONESEAL_SEAL_COUNTYA_PASSWORD",
        "oneseal.seals.bureaus.countyA.earlier-certificates[0]", "/etc/oneseal/seals/countyA-2025.pem",
        "oneseal.seals.bureaus.city.pkcs11.config", "/etc/oneseal/seals/city-pkcs11.cfg",
        "oneseal.seals.bureaus.city.pkcs11.pin-env", "ONESEAL_SEAL_CITY_PIN",
        "oneseal.seals.bureaus.city.sm2-pkcs12.path", "/etc/oneseal/seals/city-sm2.p12",
        "oneseal.seals.bureaus.city.sm2-pkcs12.password-env", "ONESEAL_SEAL_CITY_SM2_PASSWORD",
        "oneseal.seals.bureaus.city.pdf-alias", "seal-rsa",
        "oneseal.seals.revocation-file", "/etc/oneseal/seals/revoked.txt"));
    SealProperties properties = new Binder(source).bind("oneseal.seals", SealProperties.class).get();
    SealProperties.BureauKeys countyA = properties.bureaus().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("countyA")).findFirst().orElseThrow().getValue();
    assertThat(countyA.pkcs12()).isEqualTo(new SealProperties.Pkcs12("/etc/oneseal/seals/countyA.p12",
        "ONESEAL_SEAL_COUNTYA_PASSWORD"));
    assertThat(countyA.pdfAlias()).isEqualTo("pdf");
    assertThat(countyA.sm2Alias()).isEqualTo("sm2");
    assertThat(countyA.earlierCertificates()).containsExactly("/etc/oneseal/seals/countyA-2025.pem");
    assertThat(properties.bureaus().get("city").pkcs11()).isEqualTo(
        new SealProperties.Pkcs11("/etc/oneseal/seals/city-pkcs11.cfg", "ONESEAL_SEAL_CITY_PIN"));
    assertThat(properties.bureaus().get("city").sm2Pkcs12()).isEqualTo(
        new SealProperties.Pkcs12("/etc/oneseal/seals/city-sm2.p12", "ONESEAL_SEAL_CITY_SM2_PASSWORD"));
    assertThat(countyA.sm2Pkcs12()).isNull();
    assertThat(properties.bureaus().get("city").pdfAlias()).isEqualTo("seal-rsa");
    assertThat(properties.demo()).isFalse();
    assertThat(properties.revocationFile()).isEqualTo("/etc/oneseal/seals/revoked.txt");
  }
}
