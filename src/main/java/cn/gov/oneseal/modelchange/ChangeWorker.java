package cn.gov.oneseal.modelchange;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a change's trials run: on a thread of their own, as the system (no one's authentication, so neither the
 * analyst's nor the head's rights and bureau narrow what is read), and in a transaction of their own that is always
 * rolled back ({@link #trial}) — a trial deployment and trial migrations leave nothing behind, whatever the caller's
 * own transaction (an engine job's, or none).
 */
@Component
class ChangeWorker implements DisposableBean {

  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
    Thread worker = new Thread(runnable, "model-change");
    worker.setDaemon(true);
    return worker;
  });
  private final TransactionTemplate rolledBack;

  ChangeWorker(PlatformTransactionManager transactions) {
    this.rolledBack = new TransactionTemplate(transactions);
    this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Runs the action on the worker, in a transaction rolled back whatever it did; answers what it found. */
  <T> T trial(Supplier<T> action) {
    return call(() -> rolledBack.execute(status -> {
      status.setRollbackOnly();
      return action.get();
    }));
  }

  /** Runs the action on the worker (reads as the system); answers what it found. */
  <T> T call(Callable<T> action) {
    try {
      return thread.submit(action).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a model change was being tried", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void destroy() {
    thread.shutdownNow();
  }
}
