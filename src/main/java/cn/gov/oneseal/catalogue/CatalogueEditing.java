package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.catalogue.CatalogueEntries.Row;
import cn.gov.oneseal.catalogue.CatalogueEntries.Source;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An analyst's change to an item at run time: the promised limit, the stage limits, the materials or the 容缺 entry
 * ({@link ItemEdit}), checked by the same rules as the catalogue file at start-up, kept as the item's next version
 * with who, when and what ({@link CatalogueEntries}), announced inside the transaction ({@link CatalogueChanged}: the
 * item's start form follows its materials), and taken by this node once committed — by the others on their next
 * refresh. A case keeps the version it was registered under; new cases run under the new one. Invalid, nothing is
 * written and every problem is answered; a change equal to the current version writes nothing either.
 */
@Service
public class CatalogueEditing {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** What an analyst changes of an item: its promised limit, stage limits, materials and 容缺 entry. */
  public static final java.util.List<String> EDITABLE = ItemEdit.EDITABLE;

  /** The version after the request, and whether the request made it. */
  public record Change(Row version, boolean changed) {}

  private final CatalogueEntries entries;
  private final ItemCatalogue catalogue;
  private final ApplicationEventPublisher events;

  public CatalogueEditing(CatalogueEntries entries, ItemCatalogue catalogue, ApplicationEventPublisher events) {
    this.entries = entries;
    this.catalogue = catalogue;
    this.events = events;
  }

  /**
   * Changes the item as the request says ({@code replace}: PUT, all four parts; else PATCH), by {@code by}.
   *
   * @throws EditRefused invalid (400) or made against an older version (409)
   * @throws IllegalArgumentException no such item in the catalogue
   */
  @Transactional
  public Change change(String code, JsonNode request, boolean replace, String by) {
    catalogue.get(code);
    Row latest = entries.latest(code).orElseThrow(() -> new IllegalArgumentException("事项目录中没有该事项: " + code));
    List<FieldProblem> problems = new ArrayList<>();
    JsonNode entry = ItemEdit.apply(latest.entry(), request, replace, problems);
    if (problems.isEmpty() && request.has(ItemEdit.BASE_VERSION)
        && request.get(ItemEdit.BASE_VERSION).asInt() != latest.version()) {
      throw EditRefused.conflict("事项 " + code + " 已有第 " + latest.version() + " 版（" + latest.changedBy() + " 于 "
          + latest.changedAt().atZoneSameInstant(ZONE).toLocalDateTime().withNano(0) + " 修改），请在最新版本上修改");
    }
    ApprovalItem item = null;
    if (problems.isEmpty()) {
      try {
        item = CatalogueLoader.item(entry, code);
      } catch (CatalogueException broken) {
        broken.getProblems().forEach(problem -> problems.add(rule(code, problem)));
      }
    }
    if (!problems.isEmpty()) {
      throw EditRefused.invalid(problems);
    }
    ApprovalItem before = CatalogueLoader.lenient(latest.entry(), code);
    if (item.equals(before)) {
      return new Change(latest, false);
    }
    String reason = request.path(ItemEdit.REASON).asText("").strip();
    Row version = new Row(code, latest.version() + 1, entry, null, Source.API, by,
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE),
        CatalogueChanges.describe(latest.entry(), before, entry, item) + (reason.isEmpty() ? "" : "；说明：" + reason));
    try {
      entries.insert(version);
    } catch (DuplicateKeyException another) {
      throw EditRefused.conflict("事项 " + code + " 刚由他人修改，请查看最新版本后重试");
    }
    events.publishEvent(new CatalogueChanged(code, version.version(), before, item));
    ApprovalItem taken = item;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          catalogue.applied(code, version.version(), taken);
        }
      });
    } else {
      catalogue.applied(code, version.version(), taken);
    }
    return new Change(version, true);
  }

  /** A rule's problem ({@code code.field: message}) as a field's. */
  private static FieldProblem rule(String code, String problem) {
    int colon = problem.indexOf(": ");
    String where = colon < 0 ? "" : problem.substring(0, colon);
    String field = where.equals(code) ? "" : where.startsWith(code + ".") ? where.substring(code.length() + 1) : where;
    return new FieldProblem(field, "RULE", colon < 0 ? problem : problem.substring(colon + 2));
  }
}
