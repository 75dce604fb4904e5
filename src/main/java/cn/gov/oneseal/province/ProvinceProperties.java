package cn.gov.oneseal.province;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.province.*}: the provincial platform's address and credentials, and the nightly reconciliation.
 *
 * @param baseUrl the platform's reporting interface (reports are posted to {@code <base-url>/reports}); empty: not
 *     configured, every attempt fails saying so. May name {@code ${local.server.port}} (resolved when sending: the
 *     demo's stub inside the application)
 * @param appId the bureau's application id at the platform (header X-App-Id)
 * @param appSecret the secret that signs each request (HMAC-SHA256, header X-Signature)
 * @param token a bearer token, for platforms that issue one instead (header Authorization), or empty
 * @param timeout how long a request may take (connect and answer)
 * @param systemCode the bureau's system at the platform (BELONGSYSTEM)
 * @param reconciliationCron when the nightly reconciliation runs (Spring cron, Beijing time; "-": never)
 * @param reconciliationDays how many days back each reconciliation compares
 * @param serviceCodes an item's 事项编码 in the province's item catalogue (item code → code); an item without one is
 *     reported under its own code
 */
@ConfigurationProperties("oneseal.province")
public record ProvinceProperties(String baseUrl, String appId, String appSecret, String token, Duration timeout,
    String systemCode, String reconciliationCron, Integer reconciliationDays, Map<String, String> serviceCodes) {

  public ProvinceProperties {
    baseUrl = baseUrl == null ? "" : baseUrl.trim();
    appId = appId == null ? "" : appId;
    appSecret = appSecret == null ? "" : appSecret;
    token = token == null ? "" : token;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    systemCode = systemCode == null || systemCode.isBlank() ? "OneSeal" : systemCode;
    reconciliationDays = reconciliationDays == null ? 7 : reconciliationDays;
    serviceCodes = serviceCodes == null ? Map.of() : Map.copyOf(serviceCodes);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalStateException("oneseal.province.timeout 须为正的时长，如 PT10S");
    }
    if (reconciliationDays < 1 || reconciliationDays > 90) {
      throw new IllegalStateException("oneseal.province.reconciliation-days 须为 1 至 90 的整数");
    }
  }

  /** The 事项编码 of an item (its own code when the province's is not configured). */
  public String serviceCode(String itemCode) {
    return serviceCodes.getOrDefault(itemCode, itemCode);
  }
}
