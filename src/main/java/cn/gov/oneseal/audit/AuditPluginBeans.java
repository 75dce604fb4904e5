package cn.gov.oneseal.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Hands Spring beans to the Cockpit plugin's JAX-RS resources. The webapp creates those resources itself
 * (Jersey, through the plugin's {@code getResourceClasses()}, one instance per request) and knows nothing of
 * the Spring context, so they cannot be injected. Spring creates this component at start-up and puts the beans
 * in static fields; the resources read them. One application per class loader, so one holder is enough.
 */
@Component
public class AuditPluginBeans {

  private static volatile CaseHistory caseHistory;
  private static volatile ObjectMapper objectMapper;

  public AuditPluginBeans(CaseHistory history, ObjectMapper mapper) {
    caseHistory = history;
    objectMapper = mapper;
  }

  static CaseHistory caseHistory() {
    return require(caseHistory);
  }

  static ObjectMapper objectMapper() {
    return require(objectMapper);
  }

  private static <T> T require(T bean) {
    if (bean == null) {
      throw new IllegalStateException("办件历史插件尚未就绪（Spring 上下文未启动）");
    }
    return bean;
  }
}
