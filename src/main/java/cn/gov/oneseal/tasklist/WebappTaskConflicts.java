package cn.gov.oneseal.tasklist;

import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist talks to the engine through the webapps' own REST ({@code /camunda/api/engine/…}), a JAX-RS application
 * of its own that the project's exception mappers do not reach. This filter gives Tasklist's officers the same
 * answer as {@code /engine-rest}: when a request on a task ends in 500 because another officer has just completed
 * or claimed it ({@link TaskConflicts}), the officer gets 409 with a readable message, which Tasklist shows.
 */
@Configuration(proxyBeanMethods = false)
class WebappTaskConflicts {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappTaskConflictFilter(ObjectMapper json) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
            || !TaskConflicts.isTaskWork(request.getRequestURI().substring(request.getContextPath().length()));
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        Optional<String> conflict = captured.getStatus() == 500
            ? conflict(json, request.getRequestURI().substring(request.getContextPath().length()),
                captured.getContentAsByteArray())
            : Optional.empty();
        if (conflict.isPresent()) {
          captured.resetBuffer();
          JsonRefusal.write(captured, HttpServletResponse.SC_CONFLICT, json, TaskConflicts.body(conflict.get()));
        }
        captured.copyBodyToResponse();
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("oneseal-webapp-task-conflicts");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  static Optional<String> conflict(ObjectMapper json, String path, byte[] body) {
    String type = "";
    String message = "";
    try {
      JsonNode error = json.readTree(body);
      type = error.path("type").asText("");
      message = error.path("message").asText("");
    } catch (IOException notJson) {
      // judged by the task alone
    }
    if (type.contains("Authorization") || type.contains("FormValidation")) {
      return Optional.empty();
    }
    if (type.contains("OptimisticLocking") || message.contains("OptimisticLockingException")) {
      return Optional.of(TaskConflicts.DONE_BY_OTHERS);
    }
    if (type.contains("TaskAlreadyClaimed") || message.contains("already claimed")) {
      return Optional.of("该任务已被他人认领，请刷新待办列表");
    }
    return TaskConflicts.ifTaskGone(path);
  }
}
