package cn.gov.oneseal.cockpit;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Hands Spring beans to the Cockpit plugins' JAX-RS resources. The webapp creates those resources itself
 * (Jersey, through each plugin's {@code getResourceClasses()}, one instance per request) and knows nothing of
 * the Spring context, so they cannot be injected. Spring gives this component the context at start-up; the
 * resources look their beans up through it. The bureau runs one application per class loader; where several run in
 * one (the tests' cached contexts), the one started last that is still open answers, and a closed one is forgotten.
 */
@Component
public class CockpitPluginBeans implements ApplicationContextAware, ApplicationListener<ContextClosedEvent> {

  private static final Deque<ApplicationContext> CONTEXTS = new ConcurrentLinkedDeque<>();

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
    CONTEXTS.addFirst(applicationContext);
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    CONTEXTS.remove(event.getApplicationContext());
  }

  /** The bean of that type; a readable error while the application is still starting. */
  public static <T> T bean(Class<T> type) {
    ApplicationContext current = CONTEXTS.peekFirst();
    if (current == null) {
      throw new IllegalStateException("Cockpit 插件尚未就绪（Spring 上下文未启动）");
    }
    return current.getBean(type);
  }
}
