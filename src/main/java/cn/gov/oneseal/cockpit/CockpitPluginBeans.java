package cn.gov.oneseal.cockpit;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * Hands Spring beans to the Cockpit plugins' JAX-RS resources. The webapp creates those resources itself
 * (Jersey, through each plugin's {@code getResourceClasses()}, one instance per request) and knows nothing of
 * the Spring context, so they cannot be injected. Spring gives this component the context at start-up; the
 * resources look their beans up through it. One application per class loader, so one holder is enough.
 */
@Component
public class CockpitPluginBeans implements ApplicationContextAware {

  private static volatile ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
    context = applicationContext;
  }

  /** The bean of that type; a readable error while the application is still starting. */
  public static <T> T bean(Class<T> type) {
    ApplicationContext current = context;
    if (current == null) {
      throw new IllegalStateException("Cockpit 插件尚未就绪（Spring 上下文未启动）");
    }
    return current.getBean(type);
  }
}
