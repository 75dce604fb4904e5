package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.notice.NoticeService;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.LongAdder;
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
  /** Nanoseconds and calls of {@code NoticeService.issue} on the recorded threads. */
  final LongAdder documentNanos = new LongAdder();
  final LongAdder documents = new LongAdder();
  private volatile boolean recording;
  private volatile java.util.function.Predicate<Thread> threads = t -> false;

  void record(java.util.function.Predicate<Thread> which) {
    documentNanos.reset();
    documents.reset();
    threads = which;
    recording = true;
    statements.record(which);
  }

  java.util.Map<String, long[]> stop() {
    recording = false;
    return statements.stop();
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
        if (!call.getMethod().getName().equals("issue") || !recording || !threads.test(Thread.currentThread())) {
          return call.proceed();
        }
        long started = System.nanoTime();
        StatementTimes.ELSEWHERE.get()[0]++;
        try {
          return call.proceed();
        } finally {
          StatementTimes.ELSEWHERE.get()[0]--;
          documentNanos.add(System.nanoTime() - started);
          documents.increment();
        }
      });
      return factory.getProxy();
    }
    return bean;
  }
}
