package cn.gov.oneseal.verification;

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
    return new ClientRateLimit(perMinute, 100_000, System::nanoTime);
  }

  @Bean
  FilterRegistrationBean<VerificationRateLimitFilter> verificationRateLimitFilter(ClientRateLimit limit,
      ObjectMapper json) {
    FilterRegistrationBean<VerificationRateLimitFilter> registration =
        new FilterRegistrationBean<>(new VerificationRateLimitFilter(limit, json));
    registration.setName("oneseal-verification-rate-limit");
    registration.addUrlPatterns("/api/v1/verification", "/api/v1/verification/*");
    // before the API's authentication (order 11): the limit counts every request, answered or not
    registration.setOrder(10);
    return registration;
  }
}
