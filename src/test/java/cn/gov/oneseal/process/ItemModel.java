package cn.gov.oneseal.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * An item's model (processes/{code}.bpmn) read for comparison with the other items' models: each element as a
 * fingerprint of what it does — its type and its bindings (listeners, forms, groups, due dates, timers, messages,
 * expressions, called stage and mappings) — with ids, names and documentation blanked; and the model's own steps:
 * every element but the call activities of shared stages, the start and end events and the gateways and sequence
 * flows that only route between those.
 */
final class ItemModel {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final Set<String> BLANKED = Set.of("id", "name", "sourceRef", "targetRef");
  private static final Set<String> NOT_BINDINGS = Set.of("incoming", "outgoing", "documentation");

  /** One own step of a model: where it is and what it does. */
  record Step(String model, String id, String name, String fingerprint) {
    String shown() {
      return id + (name.isBlank() ? "" : " 「" + name + "」");
    }
  }

  final String key;
  final Path file;
  private final Map<String, Element> byId = new LinkedHashMap<>();
  private final Map<String, String> messages = new HashMap<>();
  private final Element process;

  ItemModel(Path file) throws IOException {
    this.file = file;
    Document document = parse(file);
    for (Element message : children(document.getDocumentElement(), "message")) {
      messages.put(message.getAttribute("id"), message.getAttribute("name"));
    }
    process = children(document.getDocumentElement(), "process").get(0);
    key = process.getAttribute("id");
    index(process);
  }

  /** The process id of the model in this file. */
  static String keyOf(Path file) throws IOException {
    return children(parse(file).getDocumentElement(), "process").stream().map(p -> p.getAttribute("id")).findFirst()
        .orElse("");
  }

  /** The model's own steps (see the class comment), each with its fingerprint. */
  List<Step> ownSteps() {
    Set<String> steps = new HashSet<>();
    for (Element element : byId.values()) {
      String type = local(element);
      boolean event = type.equals("startEvent") || type.equals("endEvent"); // a sub-process's are part of it
      if (isFlowNode(element) && !isGateway(element) && !isFrame(element) && !event) {
        steps.add(element.getAttribute("id"));
      }
    }
    List<Step> own = new ArrayList<>();
    for (Element element : byId.values()) {
      String id = element.getAttribute("id");
      if (steps.contains(id)) {
        own.add(step(element, fingerprint(element)));
      } else if (isGateway(element) && neighbours(id).stream().anyMatch(steps::contains)) {
        String routes = gatewayRoutes(element);
        if (!routes.isEmpty()) {
          own.add(step(element, local(element) + routes));
        }
      } else if (local(element).equals("sequenceFlow") && steps.contains(element.getAttribute("sourceRef"))
          && !children(element, "conditionExpression").isEmpty()) {
        own.add(step(element, fingerprint(element)));
      }
    }
    return own;
  }

  /**
   * The whole model with ids, names, documentation and the start form blanked: every element's fingerprint and
   * every sequence flow as (source, condition, target) fingerprints, sorted.
   */
  String blanked() {
    List<String> parts = new ArrayList<>();
    for (Element element : byId.values()) {
      if (local(element).equals("sequenceFlow")) {
        parts.add("flow " + fingerprint(byId.get(element.getAttribute("sourceRef"))) + " --" + fingerprint(element)
            + "--> " + fingerprint(byId.get(element.getAttribute("targetRef"))));
      } else if (isFlowNode(element)) {
        parts.add(fingerprint(element));
      }
    }
    parts.sort(null);
    return String.join("\n", parts);
  }

  private Step step(Element element, String fingerprint) {
    return new Step(key, element.getAttribute("id"), element.getAttribute("name"), fingerprint);
  }

  /** A call activity of a shared stage, or a start or end event of the process itself. */
  private boolean isFrame(Element element) {
    String type = local(element);
    if (type.equals("callActivity")) {
      return StageContracts.of(element.getAttribute("calledElement")).isPresent();
    }
    return (type.equals("startEvent") || type.equals("endEvent")) && element.getParentNode() == process;
  }

  private Set<String> neighbours(String id) {
    Set<String> found = new HashSet<>();
    for (Element element : byId.values()) {
      if (local(element).equals("sequenceFlow")) {
        if (element.getAttribute("sourceRef").equals(id)) {
          found.add(element.getAttribute("targetRef"));
        }
        if (element.getAttribute("targetRef").equals(id)) {
          found.add(element.getAttribute("sourceRef"));
        }
      }
    }
    return found;
  }

  /** The conditions a gateway routes by (empty for a gateway that only merges or forks). */
  private String gatewayRoutes(Element gateway) {
    List<String> conditions = new ArrayList<>();
    for (Element element : byId.values()) {
      if (local(element).equals("sequenceFlow") && element.getAttribute("sourceRef").equals(gateway.getAttribute("id"))
          && !children(element, "conditionExpression").isEmpty()) {
        conditions.add(children(element, "conditionExpression").get(0).getTextContent().strip());
      }
    }
    conditions.sort(null);
    return conditions.isEmpty() ? "" : conditions.toString();
  }

  /** The element's type and bindings, ids and names blanked, references resolved to what they name. */
  String fingerprint(Element element) {
    StringBuilder out = new StringBuilder(local(element));
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Attr attribute = (Attr) all.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (BLANKED.contains(name) || "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        continue;
      }
      String value = attribute.getValue();
      if (name.equals("messageRef")) {
        value = messages.getOrDefault(value, value);
      } else if (name.equals("attachedToRef") || name.equals("default")) {
        value = "·";
      } else if (name.equals("formRef") && local(element).equals("startEvent")) {
        value = "·"; // each item has its own start form
      }
      attributes.put(name, value);
    }
    out.append(attributes);
    String text = element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == Node.TEXT_NODE
        ? element.getTextContent().strip() : "";
    if (!text.isEmpty()) {
      out.append('"').append(text).append('"');
    }
    List<String> inner = new ArrayList<>();
    for (Element child : children(element, null)) {
      if (!NOT_BINDINGS.contains(local(child))) {
        inner.add(fingerprint(child));
      }
    }
    if (!inner.isEmpty()) {
      out.append(inner);
    }
    return out.toString();
  }

  private void index(Element container) {
    for (Element child : children(container, null)) {
      if (!child.getAttribute("id").isEmpty() && (isFlowNode(child) || local(child).equals("sequenceFlow"))) {
        byId.put(child.getAttribute("id"), child);
      }
      if (local(child).equals("subProcess")) {
        index(child);
      }
    }
  }

  private static boolean isFlowNode(Element element) {
    String type = local(element);
    return BPMN.equals(element.getNamespaceURI()) && (type.endsWith("Task") || type.endsWith("Event")
        || type.endsWith("Gateway") || type.equals("subProcess") || type.equals("callActivity")
        || type.equals("task") || type.equals("transaction"));
  }

  private static boolean isGateway(Element element) {
    return local(element).endsWith("Gateway");
  }

  private static String local(Element element) {
    return element.getLocalName();
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child && (localName == null || localName.equals(child.getLocalName()))) {
        found.add(child);
      }
    }
    return found;
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
