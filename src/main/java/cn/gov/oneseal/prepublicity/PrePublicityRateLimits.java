package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.api.ClientRateLimit;
import cn.gov.oneseal.api.RateLimitFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public 批前公示 endpoints' limits per client address: the list ({@code oneseal.pre-publicity.requests-per-minute},
 * default 60) and the objections ({@code oneseal.pre-publicity.objections-per-minute}, default 5).
 */
@Configuration(proxyBeanMethods = false)
class PrePublicityRateLimits {

  @Bean
  ClientRateLimit prePublicityListRateLimit(
      @Value("${oneseal.pre-publicity.requests-per-minute:60}") int perMinute) {
    return new ClientRateLimit("oneseal.pre-publicity.requests-per-minute", perMinute, 100_000, System::nanoTime);
  }

  @Bean
  ClientRateLimit objectionRateLimit(@Value("${oneseal.pre-publicity.objections-per-minute:5}") int perMinute) {
    return new ClientRateLimit("oneseal.pre-publicity.objections-per-minute", perMinute, 100_000, System::nanoTime);
  }

  @Bean
  FilterRegistrationBean<RateLimitFilter> prePublicityListRateLimitFilter(ClientRateLimit prePublicityListRateLimit,
      ObjectMapper json) {
    return RateLimitFilter.registration("oneseal-pre-publicity-rate-limit",
        new RateLimitFilter(prePublicityListRateLimit, json, "查询批前公示", Set.of("GET", "HEAD")),
        "/api/v1/public/pre-publicity");
  }

  @Bean
  FilterRegistrationBean<RateLimitFilter> objectionRateLimitFilter(ClientRateLimit objectionRateLimit,
      ObjectMapper json) {
    // the pattern also matches the list's own path (Servlet rules): only the objections, POST, count here
    return RateLimitFilter.registration("oneseal-objection-rate-limit",
        new RateLimitFilter(objectionRateLimit, json, "提交异议", Set.of("POST")), "/api/v1/public/pre-publicity/*");
  }
}
