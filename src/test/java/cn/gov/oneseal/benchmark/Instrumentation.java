package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.notice.NoticeService;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The harness's view into the running bureau (installed only by {@link BenchmarkMain#application}): the connection
 * pool wrapped by {@link StatementTimes}, and every issued document ({@link NoticeService#issue}: laid out, sealed,
 * stored) timed as a whole on the recorded threads.
 */
final class Instrumentation implements BeanPostProcessor {

  final StatementTimes statements = new StatementTimes();
  /** Nanoseconds of {@code NoticeService.issue} on the recorded threads. */
  final LongAdder documentNanos = new LongAdder();
  private volatile Predicate<Thread> threads = t -> false;

  private void record(Predicate<Thread> which) {
    documentNanos.reset();
    threads = which;
    statements.record(which);
  }

  private Map<String, long[]> stop() {
    threads = t -> false;
    return statements.stop();
  }

  /** What the recorded threads did while {@code action} ran: its wall time, statements and documents' time. */
  Recorded recording(Predicate<Thread> which, Runnable action) {
    record(which);
    long started = System.nanoTime();
    action.run();
    long wall = System.nanoTime() - started;
    long documents = documentNanos.sum();
    return new Recorded(wall, stop(), documents);
  }

  record Recorded(long wallNanos, Map<String, long[]> statements, long documentNanos) {
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool) {
      return statements.wrap(pool);
    }
    if (bean instanceof NoticeService) {
      ProxyFactory factory = new ProxyFactory(bean);
      factory.setProxyTargetClass(true);
      factory.addAdvice((MethodInterceptor) call -> {
        if (!call.getMethod().getName().equals("issue") || !threads.test(Thread.currentThread())) {
          return call.proceed();
        }
        long started = System.nanoTime();
        StatementTimes.ELSEWHERE.get()[0]++;
        try {
          return call.proceed();
        } finally {
          StatementTimes.ELSEWHERE.get()[0]--;
          documentNanos.add(System.nanoTime() - started);
        }
      });
      return factory.getProxy();
    }
    return bean;
  }
}
