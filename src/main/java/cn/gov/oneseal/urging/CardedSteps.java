package cn.gov.oneseal.urging;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * What a supervisor or bureau head would urge first: the open steps of the cases of their bureaus that hold an open
 * yellow or red card — a card of the step itself, or a card of the whole case (past its promised or statutory
 * deadline) for each of the case's open steps — the worst card first, then the earliest deadline. Tasklist's 催办
 * dialog lists them.
 */
@Component
public class CardedSteps {

  /** An open step with its worst open card. */
  public record CardedStep(String caseNumber, String taskId, String stage, String assignee, List<String> candidateGroups,
      String holder, String card, OffsetDateTime deadline, int urges) {}

  private final Cards cards;
  private final UrgeRules rules;
  private final Urges urges;
  private final IdentityService identity;

  CardedSteps(Cards cards, UrgeRules rules, Urges urges, IdentityService identity) {
    this.cards = cards;
    this.rules = rules;
    this.urges = urges;
    this.identity = identity;
  }

  /** The carded open steps of the urger's bureaus (403 for someone who may not urge). */
  List<CardedStep> of(Urger urger) {
    rules.mayUrge(urger);
    Map<String, List<Card>> byCase = new LinkedHashMap<>();
    cards.open().stream().filter(card -> urger.worksFor(card.bureauId()))
        .forEach(card -> byCase.computeIfAbsent(card.caseNumber(), n -> new ArrayList<>()).add(card));
    List<CardedStep> steps = new ArrayList<>();
    byCase.forEach((caseNumber, caseCards) -> {
      List<UrgeTarget> open;
      try {
        open = rules.caseTasks(urger, caseNumber);
      } catch (ApiException notTheirs) {
        return;
      }
      for (UrgeTarget target : open) {
        caseCards.stream().filter(card -> Card.CASE_SCOPE.equals(card.scope())
                || target.task().getId().equals(card.taskId()))
            .max(Comparator.comparing(Card::kind))
            .ifPresent(card -> steps.add(new CardedStep(caseNumber, target.task().getId(), target.stage(),
                target.task().getAssignee(), target.candidateGroups(), holder(target), card.kind().label(),
                card.deadline(),
                urges.countOfTask(target.task().getId()))));
      }
    });
    steps.sort(Comparator.comparing((CardedStep s) -> rank(s.card())).reversed()
        .thenComparing(CardedStep::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
    return steps;
  }

  /** Who holds the step, as officers read it: "王强（reviewer1）", or "审查员（待认领）" while unclaimed. */
  private String holder(UrgeTarget target) {
    String assignee = target.task().getAssignee();
    if (assignee != null) {
      User user = identity.createUserQuery().userId(assignee).singleResult();
      return user == null || user.getFirstName() == null ? assignee : user.getFirstName() + "（" + assignee + "）";
    }
    return String.join("、", target.candidateGroups().stream().map(id -> {
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      return group == null || group.getName() == null ? id : group.getName();
    }).toList()) + "（待认领）";
  }

  private static int rank(String label) {
    for (CardKind kind : CardKind.values()) {
      if (kind.label().equals(label)) {
        return kind.ordinal();
      }
    }
    return -1;
  }
}
