package cn.gov.oneseal.web;

import cn.gov.oneseal.api.NulCharacters;
import cn.gov.oneseal.casefile.CaseNumbers;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FormLabels;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What an officer types into a start form, a task form or a task comment, checked before the engine stores it —
 * on {@code /engine-rest} and on Tasklist's own API alike ({@code POST …/process-definition/key/{key}/start|submit-form},
 * {@code …/process-definition/{id}/start|submit-form}, {@code …/task/{id}/submit-form|complete|resolve},
 * {@code …/task/{id}/comment/create}):
 * <ul>
 *   <li>a NUL character (U+0000) anywhere is refused as {@code /api} refuses it: PostgreSQL cannot store it in text;</li>
 *   <li>a {@code businessKey} for an item of the catalogue is refused: the case number is always the bureau's own
 *   ({@link CaseNumbers#NOT_TYPED});</li>
 *   <li>a variable of type {@code Json} whose value does not parse as JSON is refused naming the field (the engine
 *   would answer 500);</li>
 *   <li>a serialized Java object (type {@code Object}, or {@code File}) is refused naming the field: no form sends
 *   one, and the engine would turn it back into whatever class the caller names when it is read.</li>
 * </ul>
 */
class FormSubmissionGuard extends RestBodyGuard {

  private static final Pattern START =
      Pattern.compile("/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)/?$");

  private final ObjectMapper json;
  private final ItemCatalogue catalogue;
  private final RepositoryService repositories;
  private final FormLabels labels;

  FormSubmissionGuard(ObjectMapper json, ItemCatalogue catalogue, RepositoryService repositories, FormLabels labels) {
    super(json, "POST", onEngineRest("(process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)"
        + "|task/[^/]+/(submit-form|complete|resolve|comment/create))"));
    this.json = json;
    this.catalogue = catalogue;
    this.repositories = repositories;
    this.labels = labels;
  }

  @Override
  Optional<String> problem(JsonNode body, HttpServletRequest request) {
    if (hasNul(body)) {
      return Optional.of(NulCharacters.MESSAGE);
    }
    Matcher start = START.matcher(BasicAuthenticationFilter.path(request));
    if (start.find() && typed(body.path("businessKey")) && isCase(start.group(1), start.group(2))) {
      return Optional.of(CaseNumbers.NOT_TYPED);
    }
    Optional<String> serialized = serializedObject(body.path("variables"));
    return serialized.isPresent() ? serialized : unparsableJson(body.path("variables"));
  }

  /** The refusal of the first variable that carries a serialized object or a file. */
  private Optional<String> serializedObject(JsonNode variables) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = fields.next();
      String type = variable.getValue().path("type").asText("");
      if ("object".equalsIgnoreCase(type) || "file".equalsIgnoreCase(type)) {
        return Optional.of(labels.field(variable.getKey()).map(label -> label + "（" + variable.getKey() + "）")
            .orElse(variable.getKey()) + "的类型 " + type + " 不受支持：表单只提交文本、数字、是否和 JSON");
      }
    }
    return Optional.empty();
  }

  /** A NUL character in any text or property name of the body. */
  static boolean hasNul(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue().indexOf('\u0000') >= 0;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().indexOf('\u0000') >= 0 || hasNul(field.getValue())) {
        return true;
      }
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasNul(element)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A business key other than none or blank. */
  private static boolean typed(JsonNode businessKey) {
    return !businessKey.isMissingNode() && !businessKey.isNull()
        && !(businessKey.isTextual() && businessKey.textValue().isBlank());
  }

  /** Whether the process definition (by key, or by id) is an item of the catalogue, i.e. a case. */
  private boolean isCase(String key, String id) {
    if (key != null) {
      return catalogue.find(key).isPresent();
    }
    ProcessDefinition definition = repositories.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    return definition != null && catalogue.find(definition.getKey()).isPresent();
  }

  /** The refusal of the first variable typed Json whose value is not JSON text. */
  private Optional<String> unparsableJson(JsonNode variables) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = fields.next();
      if (!"json".equalsIgnoreCase(variable.getValue().path("type").asText(""))) {
        continue;
      }
      JsonNode value = variable.getValue().path("value");
      if (value.isMissingNode() || value.isNull()) {
        continue;
      }
      String field = labels.field(variable.getKey()).map(label -> label + "（" + variable.getKey() + "）")
          .orElse(variable.getKey());
      if (!value.isTextual()) {
        return Optional.of(field + "应以 JSON 文本提交（类型 Json 的值是一段 JSON 文字，例如 [\"M01\",\"M02\"]）");
      }
      if (!parses(value.textValue())) {
        return Optional.of(field + "的内容不是有效的 JSON，例如多选应为 [\"M01\",\"M02\"]");
      }
    }
    return Optional.empty();
  }

  private boolean parses(String text) {
    try {
      return !json.readTree(text).isMissingNode();
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
