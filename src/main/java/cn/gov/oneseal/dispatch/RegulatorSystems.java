package cn.gov.oneseal.dispatch;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regulators' own systems that receive every decision (审管联动): one HTTP endpoint per
 * regulator group ({@code oneseal.regulators.endpoints.regulatorSamr: https://…}); a group without one
 * gets its sign-for task only.
 */
@ConfigurationProperties(prefix = "oneseal.regulators")
public record RegulatorSystems(Map<String, URI> endpoints, Duration timeout) {

  public RegulatorSystems {
    endpoints = endpoints == null ? Map.of() : Map.copyOf(endpoints);
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    endpoints.forEach((group, uri) -> {
      if (uri.getScheme() == null || !uri.getScheme().matches("https?")) {
        throw new IllegalStateException("oneseal.regulators.endpoints." + group + " 须为 http(s) 地址: " + uri);
      }
    });
  }

  public Optional<URI> endpoint(String regulatorGroup) {
    return Optional.ofNullable(endpoints.get(regulatorGroup));
  }
}
