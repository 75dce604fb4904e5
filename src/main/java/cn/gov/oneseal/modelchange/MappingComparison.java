package cn.gov.oneseal.modelchange;

import static cn.gov.oneseal.modelchange.ElementComparison.trim;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Compares an element's variable mappings: camunda:in / camunda:out of a call activity and camunda:inputParameter /
 * outputParameter, and its task and execution listeners. A mapping or listener added or removed is a change of the
 * call; a value changed is a change of limit when the variable or the value looks like a limit (a due date, a
 * deadline, a duration), else a change of the call.
 */
final class MappingComparison {

  private static final Pattern LIMIT = Pattern.compile(
      "(?i).*(due|deadline|limit|duration|timeout|expir|period|days|followup|workingday|期限|时限).*");
  private static final Pattern ISO_DURATION = Pattern.compile("^R?\\d*/?P[0-9YMWDTHS.]+$");

  private MappingComparison() {
  }

  /** One mapping: how it is described to officers, and its value. */
  private record Mapping(String what, String value) {
  }

  static void compare(DiffContext ctx, FlowElement before, FlowElement after) {
    Map<String, Mapping> was = mappings(before);
    Map<String, Mapping> is = mappings(after);
    for (Map.Entry<String, Mapping> entry : is.entrySet()) {
      Mapping now = entry.getValue();
      Mapping old = was.get(entry.getKey());
      if (old == null) {
        ctx.add(Kind.CALL_CHANGED, after, "新增" + now.what() + " " + ElementNames.value(now.value()));
      } else if (!Objects.equals(old.value(), now.value())) {
        boolean limit = looksLikeLimit(entry.getKey()) || looksLikeLimit(old.value()) || looksLikeLimit(now.value());
        ctx.add(limit ? Kind.LIMIT_CHANGED : Kind.CALL_CHANGED, after, now.what() + " "
            + ElementNames.value(old.value()) + " 改为 " + ElementNames.value(now.value()));
      }
    }
    for (Map.Entry<String, Mapping> entry : was.entrySet()) {
      if (!is.containsKey(entry.getKey())) {
        Mapping old = entry.getValue();
        ctx.add(Kind.CALL_CHANGED, after, "取消" + old.what() + " " + ElementNames.value(old.value()));
      }
    }
  }

  static boolean looksLikeLimit(String text) {
    return text != null && (LIMIT.matcher(text).matches() || ISO_DURATION.matcher(text.trim()).matches());
  }

  /** The element's mappings in document order, keyed by direction and variable. */
  private static Map<String, Mapping> mappings(FlowElement element) {
    Map<String, Mapping> mappings = new LinkedHashMap<>();
    for (ModelElementInstance ext : element.getChildElementsByType(ExtensionElements.class)) {
      for (ModelElementInstance child : ((ExtensionElements) ext).getElements()) {
        if (child instanceof CamundaIn in) {
          mapping(mappings, "in", "传入", in.getCamundaBusinessKey(), in.getCamundaVariables(),
              in.getCamundaTarget(), in.getCamundaSource(), in.getCamundaSourceExpression(), in.getCamundaLocal());
        } else if (child instanceof CamundaOut out) {
          mapping(mappings, "out", "传出", null, out.getCamundaVariables(), out.getCamundaTarget(),
              out.getCamundaSource(), out.getCamundaSourceExpression(), out.getCamundaLocal());
        } else if (child instanceof CamundaTaskListener listener) {
          listener(mappings, "任务监听", listener.getCamundaEvent(), listener.getCamundaDelegateExpression(),
              listener.getCamundaClass(), listener.getCamundaExpression());
        } else if (child instanceof CamundaExecutionListener listener) {
          listener(mappings, "执行监听", listener.getCamundaEvent(), listener.getCamundaDelegateExpression(),
              listener.getCamundaClass(), listener.getCamundaExpression());
        } else if (child instanceof CamundaInputOutput io) {
          for (CamundaInputParameter p : io.getCamundaInputParameters()) {
            put(mappings, "input:" + p.getCamundaName(), "输入参数 " + p.getCamundaName(), text(p));
          }
          for (CamundaOutputParameter p : io.getCamundaOutputParameters()) {
            put(mappings, "output:" + p.getCamundaName(), "输出参数 " + p.getCamundaName(), text(p));
          }
        }
      }
    }
    return mappings;
  }

  private static void mapping(Map<String, Mapping> mappings, String direction, String word, String businessKey,
      String variables, String target, String source, String sourceExpression, boolean local) {
    String scope = local ? "（仅本地）" : "";
    if (businessKey != null) {
      put(mappings, direction + ":businessKey", word + "业务键" + scope, trim(businessKey));
    } else if (variables != null) {
      put(mappings, direction + ":variables", word + "全部变量" + scope, trim(variables));
    } else {
      String from = sourceExpression != null ? trim(sourceExpression) : trim(source);
      put(mappings, direction + ":" + target, word + "变量 " + target + scope + " 取自", from);
    }
  }

  /** A listener is keyed by what it runs: a different one is one removed and one added. */
  private static void listener(Map<String, Mapping> mappings, String word, String event, String delegate,
      String type, String expression) {
    String runs = delegate != null ? delegate : type != null ? type : expression;
    put(mappings, "listener:" + word + ":" + event + ":" + runs, word + "（" + event + "）", trim(runs));
  }

  private static void put(Map<String, Mapping> mappings, String key, String what, String value) {
    String unique = key;
    for (int n = 2; mappings.containsKey(unique); n++) {
      unique = key + "#" + n;
    }
    mappings.put(unique, new Mapping(what, value));
  }

  /** A parameter's value as written, whitespace collapsed (text, expression, list, map or script). */
  private static String text(ModelElementInstance parameter) {
    String text = parameter.getTextContent();
    return text == null ? null : trim(text.replaceAll("\\s+", " "));
  }
}
