package cn.gov.oneseal.operations;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseClosed;
import cn.gov.oneseal.casefile.CaseRegistered;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts the cases this node started and finished ({@code oneseal_cases_started_total{item,bureau}},
 * {@code oneseal_cases_finished_total{item,outcome}}). The case table's writer ({@code casefile/CaseFiles}) reports
 * each event once, where the row is registered or closed; the counter moves only after the transaction commits, so
 * a step that fails and is retried (a job's retry, an optimistic-locking conflict, a refused form) counts once, when
 * it finally succeeds. Counters are per node and start at 0 with the node (Prometheus' {@code increase()} and
 * {@code rate()} handle restarts; add the nodes up with {@code sum}). Every item × bureau and item × outcome series
 * exists from the start at 0, so that the first case is an increase, not a new series.
 */
@Component
public class CaseMetrics {

  public static final String STARTED = "oneseal.cases.started";
  public static final String FINISHED = "oneseal.cases.finished";

  /** How a case ended, as the {@code outcome} tag says it. */
  public enum Outcome {
    /** 准予许可, delivered and signed for by the regulator (办结). */
    GRANTED,
    /** 不予许可, delivered and signed for (办结). */
    DENIED,
    /** 不予受理. */
    REJECTED,
    /** 视为放弃 (corrections or supplements not brought in time). */
    WITHDRAWN,
    /** 申请人撤回. */
    WITHDRAWN_BY_APPLICANT,
    /** 撤销受理 (容缺: supplements not brought). */
    ACCEPTANCE_REVOKED;

    public String tag() {
      return name().toLowerCase();
    }

    /** The outcome of a case closed in this status; {@code decision} ("grant"/"deny") for a completed case. */
    public static Outcome of(CaseStatus status, String decision) {
      return switch (status) {
        case COMPLETED -> "deny".equals(decision) ? DENIED : GRANTED;
        case DENIED -> DENIED;
        case GRANTED -> GRANTED;
        case REJECTED -> REJECTED;
        case WITHDRAWN -> WITHDRAWN;
        case WITHDRAWN_BY_APPLICANT -> WITHDRAWN_BY_APPLICANT;
        case ACCEPTANCE_REVOKED -> ACCEPTANCE_REVOKED;
        default -> throw new IllegalArgumentException("a case does not end as " + status);
      };
    }
  }

  private final MeterRegistry registry;

  public CaseMetrics(MeterRegistry registry, ItemCatalogue catalogue, Bureaus bureaus) {
    this.registry = registry;
    for (ApprovalItem item : catalogue.all()) {
      for (Bureau bureau : bureaus.bureaus()) {
        started(item.code(), bureau.id());
      }
      for (Outcome outcome : Outcome.values()) {
        finished(item.code(), outcome);
      }
    }
  }

  /** A case was registered (收件): counted once the registration commits. */
  @TransactionalEventListener(fallbackExecution = true)
  public void caseStarted(CaseRegistered registered) {
    started(registered.itemCode(), registered.bureauId()).increment();
  }

  /** A case was closed: counted once its closing commits. */
  @TransactionalEventListener(fallbackExecution = true)
  public void caseFinished(CaseClosed closed) {
    finished(closed.itemCode(), Outcome.of(closed.status(), closed.decision())).increment();
  }

  private Counter started(String itemCode, String bureauId) {
    return Counter.builder(STARTED).description("Cases registered (收件) on this node")
        .tag("item", itemCode).tag("bureau", bureauId == null ? "none" : bureauId).register(registry);
  }

  private Counter finished(String itemCode, Outcome outcome) {
    return Counter.builder(FINISHED).description("Cases closed on this node, by outcome")
        .tag("item", itemCode).tag("outcome", outcome.tag()).register(registry);
  }
}
