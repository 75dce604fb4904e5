package cn.gov.oneseal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Closes the expression holes of the task query REST API of Camunda 7.24 CE: the engine refuses expressions
 * (JUEL, e.g. {@code assigneeExpression: "${…}"}) in an ad-hoc task query, but not inside its {@code orQueries},
 * and a filter executed with an extending query evaluates the extension's expressions as if an administrator
 * had stored them. An expression there can call any bean the engine exposes, so a logged-in officer could run
 * code. Guarded: {@code POST …/task}, {@code …/task/count} and {@code …/filter/{id}/list|count|singleResult}; any
 * property ending in {@code Expression} is refused. The bureau's shared filters (with {@code ${now()}}) still
 * work: their expressions are stored by the system, not sent.
 */
class QueryExpressionGuard extends RestBodyGuard {

  QueryExpressionGuard(ObjectMapper json) {
    super(json, "POST", onEngineRest("(task(/count)?|filter/[^/]+/(list|count|singleResult))"));
  }

  @Override
  Optional<String> problem(JsonNode body, HttpServletRequest request) {
    return expressionIn(body).map(name -> "查询条件中不得使用表达式（" + name + "）");
  }

  /** The first property, at any depth, whose name ends in "Expression". */
  static Optional<String> expressionIn(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().endsWith("Expression")) {
          return Optional.of(field.getKey());
        }
        Optional<String> inner = expressionIn(field.getValue());
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> inner = expressionIn(element);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }
}
