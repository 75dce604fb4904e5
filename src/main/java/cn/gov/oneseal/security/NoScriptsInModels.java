package cn.gov.oneseal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * No script runs in the bureau's engine: a BPMN model with a script task, a script listener or input/output
 * script ({@code camunda:script}), or a condition in a script language is refused at deployment, whoever
 * deploys it. The bureau's models use Java delegates and JUEL only, and no script engine (Groovy, JavaScript) is
 * on the class path, so a script could only come from a deployment — which only administrators may make.
 */
@Component
public class NoScriptsInModels extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        scriptIn(rootElement).ifPresent(script -> {
          String id = script.attribute("id");
          throw new BpmnParseException("本局的流程模型不得包含脚本（" + localName(script.getTagName())
              + (id == null ? "" : " " + id) + "，第 " + script.getLine() + " 行）：请改用 Java 委托或表达式", script);
        });
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  /** The first element of the model that holds a script, if any. */
  static Optional<Element> scriptIn(Element element) {
    String name = localName(element.getTagName());
    if (name.equals("scriptTask") || name.equals("script") || element.attribute("scriptFormat") != null
        || (name.equals("conditionExpression") && element.attribute("language") != null)) {
      return Optional.of(element);
    }
    for (Element child : element.elements()) {
      Optional<Element> inner = scriptIn(child);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  private static String localName(String tagName) {
    int colon = tagName == null ? -1 : tagName.indexOf(':');
    return colon < 0 ? String.valueOf(tagName) : tagName.substring(colon + 1);
  }
}
