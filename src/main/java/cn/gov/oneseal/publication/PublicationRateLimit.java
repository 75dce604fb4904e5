package cn.gov.oneseal.publication;

import cn.gov.oneseal.api.ClientRateLimit;
import cn.gov.oneseal.api.RateLimitFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public list's limit per client address ({@code oneseal.publication.requests-per-minute}, default 60). */
@Configuration(proxyBeanMethods = false)
class PublicationRateLimit {

  @Bean
  ClientRateLimit publicationListRateLimit(@Value("${oneseal.publication.requests-per-minute:60}") int perMinute) {
    return new ClientRateLimit("oneseal.publication.requests-per-minute", perMinute, 100_000, System::nanoTime);
  }

  @Bean
  FilterRegistrationBean<RateLimitFilter> publicationRateLimitFilter(ClientRateLimit publicationListRateLimit,
      ObjectMapper json) {
    return RateLimitFilter.registration("oneseal-publication-rate-limit",
        new RateLimitFilter(publicationListRateLimit, json, "查询公示信息"), "/api/v1/public/publications",
        "/api/v1/public/publications/*");
  }
}
