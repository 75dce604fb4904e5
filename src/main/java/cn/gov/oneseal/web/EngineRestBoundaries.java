package cn.gov.oneseal.web;

import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Engine REST operations that no step of the bureau uses and that would let an officer go around one, closed to
 * everyone but administrators, on {@code /engine-rest} and on the webapps' API alike (403):
 * <ul>
 *   <li>starting a process without its start form ({@code …/process-definition/…/start}): the engine lets anyone who
 *   may start an item start it at any activity ({@code startInstructions}) and without its listeners — a licence
 *   straight at the decision, with no intake, survey or review. Cases start through the start form
 *   ({@code submit-form}, Tasklist's start dialog) or the portal's API;</li>
 *   <li>throwing a BPMN error or escalation on a task ({@code …/task/{id}/bpmnError|bpmnEscalation}): none of the
 *   bureau's tasks catches one, and an uncaught one ended the step's whole path;</li>
 *   <li>sending a signal ({@code …/signal}): no model listens to one.</li>
 * </ul>
 */
class EngineRestBoundaries extends OncePerRequestFilter {

  private static final Pattern START = RestBodyGuard.onEngineRest(
      "process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/start");
  private static final Pattern TASK_EVENT = RestBodyGuard.onEngineRest("task/[^/]+/(bpmnError|bpmnEscalation)");
  private static final Pattern SIGNAL = RestBodyGuard.onEngineRest("signal");

  private final IdentityService identityService;
  private final ObjectMapper json;

  EngineRestBoundaries(IdentityService identityService, ObjectMapper json) {
    this.identityService = identityService;
    this.json = json;
  }

  /** Why the request is refused, if it is one of the closed operations. */
  static Optional<String> closed(String path) {
    if (START.matcher(path).matches()) {
      return Optional.of("办件只能通过收件登记表单（submit-form，Tasklist 的“启动流程”）或网上办事大厅接口登记，"
          + "不能直接启动流程或从中间环节启动");
    }
    if (TASK_EVENT.matcher(path).matches()) {
      return Optional.of("本局的任务不使用 BPMN 错误或升级事件：请通过任务表单办理");
    }
    if (SIGNAL.matcher(path).matches()) {
      return Optional.of("本局的流程不使用信号");
    }
    return Optional.empty();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || closed(BasicAuthenticationFilter.path(request)).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (EngineRestCallers.isAdmin(request, identityService)) {
      chain.doFilter(request, response);
      return;
    }
    JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, json, Map.of("type", "AuthorizationException",
        "message", closed(BasicAuthenticationFilter.path(request)).orElseThrow()));
  }
}
