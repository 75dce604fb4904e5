package cn.gov.oneseal.bureau;

import cn.gov.oneseal.casefile.ApplicantIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.bureaus}: the city bureau and its county bureaus. Exactly one is the city bureau;
 * cases started by someone who belongs to no single bureau belong to it.
 */
@ConfigurationProperties("oneseal")
public record Bureaus(List<Bureau> bureaus) {

  public Bureaus {
    List<String> problems = new ArrayList<>();
    if (bureaus == null || bureaus.isEmpty()) {
      problems.add("oneseal.bureaus: 至少配置一个行政审批局");
      bureaus = List.of();
    }
    Set<String> ids = new HashSet<>();
    for (Bureau bureau : bureaus) {
      if (bureau.id() == null || !bureau.id().matches("[a-zA-Z0-9]+") || !ids.add(bureau.id())) {
        problems.add("oneseal.bureaus: id 须为唯一的字母数字标识: " + bureau.id());
      }
      if (bureau.regionCode() == null || !bureau.regionCode().matches("\\d{6}")) {
        problems.add("oneseal.bureaus." + bureau.id() + ".region-code 须为 6 位行政区划代码: " + bureau.regionCode());
      }
      if (bureau.creditCode() != null && ApplicantIds.checkUscc(bureau.creditCode()) != null) {
        problems.add("oneseal.bureaus." + bureau.id() + ".credit-code 不是有效的统一社会信用代码: "
            + ApplicantIds.checkUscc(bureau.creditCode()));
      }
    }
    if (bureaus.stream().filter(Bureau::city).count() != 1) {
      problems.add("oneseal.bureaus: 须有且只有一个市级行政审批局（city: true）");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    bureaus = List.copyOf(bureaus);
  }

  public Bureau city() {
    return bureaus.stream().filter(Bureau::city).findFirst().orElseThrow();
  }

  public Optional<Bureau> find(String id) {
    return bureaus.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /** The bureau of a case (its tenant); the city bureau for a case without one. */
  public Bureau of(String tenantId) {
    return tenantId == null ? city() : find(tenantId).orElseThrow(
        () -> new IllegalStateException("未配置的行政审批局（租户）: " + tenantId));
  }
}
