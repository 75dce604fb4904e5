package cn.gov.oneseal.web;

import cn.gov.oneseal.api.JsonRefusal;
import cn.gov.oneseal.calendar.CalendarDataMissingException;
import cn.gov.oneseal.form.FormValidationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code POST …/job/{id}/execute} — on {@code /engine-rest} and on the webapps' own {@code /camunda/api/engine}
 * (Cockpit) — answers by the cause of a failure, where the engine's resource answers 404 for every one: a refused
 * value (a form rule, a missing holiday year) 400 with the field errors, a missing job or another bureau's job 404,
 * a job someone else is executing at the same time 409, a failure inside the job 500 with a readable message and no
 * internals (the failure itself is on the job, for the administrator in Cockpit). An authorization failure keeps
 * the engine's 403. The cause comes from {@link JobExecutionFailures}.
 */
@Configuration(proxyBeanMethods = false)
class JobExecutionAnswers {

  static final Pattern EXECUTE =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/job/([^/]+)/execute/?$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> jobExecutionAnswerFilter(ObjectMapper json) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !EXECUTE.matcher(path(request)).matches();
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Matcher execute = EXECUTE.matcher(path(request));
        String jobId = execute.matches() ? execute.group(1) : "";
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        Optional<Throwable> failure;
        try (JobExecutionFailures.Capture capture = JobExecutionFailures.capture()) {
          chain.doFilter(request, captured);
          failure = capture.failure();
        }
        Optional<Answer> answer = captured.getStatus() >= 400 ? failure.flatMap(f -> answer(f, jobId)) : Optional.empty();
        if (answer.isPresent()) {
          captured.resetBuffer();
          JsonRefusal.write(captured, answer.get().status(), json, answer.get().body());
        }
        captured.copyBodyToResponse();
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("oneseal-job-execution-answers");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(21);
    return registration;
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The status and body (the engine REST's error shape) for the failure of executing a job. */
  record Answer(int status, Map<String, Object> body) {}

  /** How to answer a failure; empty for an authorization failure, which the engine answers with 403 already. */
  static Optional<Answer> answer(Throwable failure, String jobId) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AuthorizationException) {
        return Optional.empty();
      }
      if (cause instanceof FormValidationException invalid) {
        return Optional.of(new Answer(400, body("FormValidationException", "作业执行被拒绝：" + invalid.getErrors()
            .stream().map(e -> e.message()).reduce((a, b) -> a + "；" + b).orElse(""), invalid.getErrors())));
      }
      if (cause instanceof FormFieldValidationException invalid) {
        return Optional.of(new Answer(400, body("FormValidationException", "作业执行被拒绝：" + invalid.getMessage(), null)));
      }
      if (cause instanceof CalendarDataMissingException missing) {
        return Optional.of(new Answer(400, body("FormValidationException", "作业执行被拒绝：" + missing.getMessage(), null)));
      }
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(new Answer(409, body("JobConflict",
            "作业 " + jobId + " 正由他人或作业执行器同时执行，本次执行已撤销，请稍后刷新查看", null)));
      }
      String message = cause.getMessage() == null ? "" : cause.getMessage();
      if (cause instanceof NotFoundException || message.startsWith("ENGINE-14026")) {
        return Optional.of(new Answer(404, body("JobNotFound", "作业 " + jobId + " 不存在（可能已执行完毕或已被删除）", null)));
      }
      if (message.startsWith(JobExecutionFailures.TENANT_REFUSED)) {
        return Optional.of(new Answer(404, body("JobNotFound", "作业 " + jobId + " 不存在，或不属于您所在的行政审批局", null)));
      }
    }
    return Optional.of(new Answer(500, body("JobFailed", "作业 " + jobId + " 执行失败：流程在该步骤的自动处理中出错，本次执行的改动已全部"
        + "撤销；失败原因已记录在该作业上（重试次数减一，用尽后在 Cockpit 中显示为事件），请联系系统管理员处理", null)));
  }

  private static Map<String, Object> body(String type, String message, List<?> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", 0);
    if (errors != null) {
      body.put("errors", errors);
    }
    return body;
  }
}
