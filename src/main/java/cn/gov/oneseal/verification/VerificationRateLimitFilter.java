package cn.gov.oneseal.verification;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits {@code /api/v1/verification} per client address ({@link ClientRateLimit}): over the limit the answer is
 * 429 with {@code Retry-After} and the reason in Chinese. The address is the connection's, or behind a reverse proxy
 * the one it forwards when {@code server.forward-headers-strategy: native} is set (src/docs/verification.md).
 */
final class VerificationRateLimitFilter extends OncePerRequestFilter {

  private final ClientRateLimit limit;
  private final ObjectMapper json;

  VerificationRateLimitFilter(ClientRateLimit limit, ObjectMapper json) {
    this.limit = limit;
    this.json = json;
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
    JsonRefusal.write(response, 429, json, new ApiError("TOO_MANY_REQUESTS", "查验过于频繁：每个网络地址每分钟最多查验 "
        + limit.perMinute() + " 次，请 " + wait + " 秒后再试", null));
  }
}
