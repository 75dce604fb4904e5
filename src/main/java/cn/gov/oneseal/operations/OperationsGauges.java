package cn.gov.oneseal.operations;

import cn.gov.oneseal.supervision.CardKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The gauges over the shared tables ({@link OperationsFigures}): {@code oneseal_cards_open{kind}} (YELLOW, RED,
 * SEVERE_RED), {@code oneseal_jobs_backlog} (jobs due now, not locked, with retries left) and
 * {@code oneseal_jobs_failed} (jobs whose retries are used up: each is an incident an administrator resolves in
 * Cockpit). Every node reports the same database-wide figures: take {@code max}, not {@code sum}, across nodes.
 */
@Component
class OperationsGauges implements MeterBinder {

  private final OperationsFigures figures;

  OperationsGauges(OperationsFigures figures) {
    this.figures = figures;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (CardKind kind : CardKind.values()) {
      Gauge.builder("oneseal.cards.open", figures, f -> f.openCards().get(kind))
          .description("Open e-supervision cards (电子监察) by kind").tag("kind", kind.name()).register(registry);
    }
    Gauge.builder("oneseal.jobs.backlog", figures, f -> f.jobs().backlog())
        .description("Engine jobs due now, not locked, with retries left").register(registry);
    Gauge.builder("oneseal.jobs.failed", figures, f -> f.jobs().failed())
        .description("Engine jobs without retries left (incidents)").register(registry);
  }
}
