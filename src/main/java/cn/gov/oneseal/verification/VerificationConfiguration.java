package cn.gov.oneseal.verification;

import cn.gov.oneseal.api.ClientRateLimit;
import cn.gov.oneseal.api.RateLimitFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verification API's rate limit ({@code oneseal.verification.requests-per-minute}, default 30 per address). */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

  @Bean
  ClientRateLimit verificationRateLimit(@Value("${oneseal.verification.requests-per-minute:30}") int perMinute) {
    return new ClientRateLimit("oneseal.verification.requests-per-minute", perMinute, 100_000, System::nanoTime);
  }

  @Bean
  FilterRegistrationBean<RateLimitFilter> verificationRateLimitFilter(ClientRateLimit verificationRateLimit,
      ObjectMapper json) {
    return RateLimitFilter.registration("oneseal-verification-rate-limit",
        new RateLimitFilter(verificationRateLimit, json, "查验"), "/api/v1/verification", "/api/v1/verification/*");
  }
}
