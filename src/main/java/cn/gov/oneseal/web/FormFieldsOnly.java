package cn.gov.oneseal.web;

import cn.gov.oneseal.security.AsSystem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;

/**
 * An officer completes a step with the fields of its form and nothing else: a task's {@code submit-form},
 * {@code complete} or {@code resolve} and a start form's {@code submit-form} carrying a variable that is not a field
 * of that form is refused (400, naming it) — on {@code /engine-rest} and on Tasklist's API alike. Otherwise a reviewer
 * could complete the review with {@code deficiencyPending=false}, or the window its intake with any variable the later
 * stages read. Administrators are not bound by it. A request on a task or definition the caller cannot see goes on to
 * the engine, which refuses it.
 */
class FormFieldsOnly extends RestBodyGuard {

  private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve)/?$");
  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(key/([^/]+)(/tenant-id/([^/]+))?|([^/]+))/submit-form/?$");

  private final ProcessEngine engine;

  FormFieldsOnly(ObjectMapper json, ProcessEngine engine) {
    super(json, "POST", onEngineRest("(task/[^/]+/(submit-form|complete|resolve)"
        + "|process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/submit-form)"));
    this.engine = engine;
  }

  @Override
  Optional<String> problem(JsonNode body, HttpServletRequest request) {
    JsonNode variables = body.path("variables");
    if (!variables.isObject() || variables.isEmpty()
        || EngineRestCallers.isAdmin(request, engine.getIdentityService())) {
      return Optional.empty();
    }
    Optional<Set<String>> fields = formFields(BasicAuthenticationFilter.path(request));
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.get().contains(name)) {
        return Optional.of("表单中没有字段“" + name + "”：办理本环节只能提交其表单上的字段（" + String.join("、",
            new TreeSet<>(fields.get())) + "）");
      }
    }
    return Optional.empty();
  }

  /** The keys of the form the path submits to; empty when the task or definition is not found. */
  private Optional<Set<String>> formFields(String path) {
    InputStream form;
    try {
      Matcher task = TASK.matcher(path);
      Matcher start = START.matcher(path);
      if (task.matches()) {
        form = AsSystem.call(engine, () -> engine.getFormService().getDeployedTaskForm(task.group(1)));
      } else if (start.matches()) {
        form = AsSystem.call(engine, () -> definition(start)
            .map(definition -> engine.getFormService().getDeployedStartForm(definition.getId())).orElse(null));
      } else {
        form = null;
      }
    } catch (RuntimeException noFormOrNoTask) {
      // no such task or definition, or no deployed form: the engine answers the request itself
      return Optional.empty();
    }
    if (form == null) {
      return Optional.empty();
    }
    try (InputStream in = form) {
      Set<String> keys = new TreeSet<>();
      collectKeys(new ObjectMapper().readTree(in), keys);
      return Optional.of(keys);
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  private Optional<ProcessDefinition> definition(Matcher start) {
    if (start.group(5) != null) {
      return Optional.ofNullable(engine.getRepositoryService().getProcessDefinition(start.group(5)));
    }
    ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(start.group(2)).latestVersion();
    query = start.group(4) != null ? query.tenantIdIn(start.group(4)) : query.withoutTenantId();
    return Optional.ofNullable(query.singleResult());
  }

  /** The {@code key} of every component, at any depth. */
  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject() && node.hasNonNull("key") && node.has("type")) {
      keys.add(node.get("key").asText());
    }
    for (JsonNode child : node) {
      collectKeys(child, keys);
    }
  }
}
