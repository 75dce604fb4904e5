package cn.gov.oneseal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits a public endpoint per client address ({@link ClientRateLimit}): over the limit the answer is 429 with
 * {@code Retry-After} and the reason in Chinese naming the action (查验, 查询公示信息 …). The address is the
 * connection's, or behind a reverse proxy the one it forwards when {@code server.forward-headers-strategy: native} is
 * set (src/docs/verification.md). Registered by each feature for its paths, before the API's authentication.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

  private final ClientRateLimit limit;
  private final ObjectMapper json;
  private final String action;
  private final Set<String> methods;

  /** @param action what is limited, as the refusal names it (查验 → "查验过于频繁：每个网络地址每分钟最多查验 30 次…") */
  public RateLimitFilter(ClientRateLimit limit, ObjectMapper json, String action) {
    this(limit, json, action, Set.of());
  }

  /** As above, counting only requests of these methods (e.g. POST); none named: every request. */
  public RateLimitFilter(ClientRateLimit limit, ObjectMapper json, String action, Set<String> methods) {
    this.limit = limit;
    this.json = json;
    this.action = action;
    this.methods = Set.copyOf(methods);
  }

  /**
   * The filter registered for the paths (servlet URL patterns) under {@code name}, before the API's authentication
   * (order 11), so that the limit counts every request, answered or not.
   */
  public static FilterRegistrationBean<RateLimitFilter> registration(String name, RateLimitFilter filter,
      String... urlPatterns) {
    FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(10);
    return registration;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !methods.isEmpty() && !methods.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long wait = limit.take(request.getRemoteAddr());
    if (wait == 0) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", Long.toString(wait));
    JsonRefusal.write(response, 429, json, new ApiError("TOO_MANY_REQUESTS", action + "过于频繁：每个网络地址每分钟最多"
        + action + " " + limit.perMinute() + " 次，请 " + wait + " 秒后再试", null));
  }
}
