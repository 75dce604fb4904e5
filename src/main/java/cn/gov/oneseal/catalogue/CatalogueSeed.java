package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.catalogue.CatalogueEntries.Row;
import cn.gov.oneseal.catalogue.CatalogueEntries.Source;
import cn.gov.oneseal.catalogue.ItemCatalogue.Versioned;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue file seeds the database at start-up (src/docs/analysts-guide.md, "Item catalogue"): an item the
 * database does not have yet gets the file's entry as its version 1; an item whose entry in the file changed since
 * the database last took it gets a new version — the current version with what the file changed ({@link EntryMerge}:
 * an analyst's change through the API that the file did not touch is kept); an item the file did not change keeps
 * its versions. Every version so made is checked by the same rules as the file; any problem stops start-up with the
 * whole list. Items no longer in the file keep their rows (for the cases that ran under them) but are no longer in
 * the catalogue.
 */
final class CatalogueSeed {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueSeed.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** Who wrote a version taken from the file. */
  static final String SYSTEM = "system";

  private final CatalogueEntries entries;
  private final TransactionTemplate transaction;

  CatalogueSeed(CatalogueEntries entries, TransactionTemplate transaction) {
    this.entries = entries;
    this.transaction = transaction;
  }

  /** Each item of the file at its current version, after the file's changes were taken. */
  Map<String, Versioned> apply(Map<String, JsonNode> file, String location) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> seed(file, location));
      } catch (DuplicateKeyException another) {
        // another node took the same file at the same moment: read again what it wrote
        if (attempt == 3) {
          throw another;
        }
      }
    }
  }

  private Map<String, Versioned> seed(Map<String, JsonNode> file, String location) {
    Map<String, Versioned> current = new HashMap<>();
    List<String> problems = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    file.forEach((code, fileEntry) -> {
      Optional<Row> latest = entries.latest(code);
      if (latest.isEmpty()) {
        entries.insert(new Row(code, 1, fileEntry, fileEntry, Source.FILE, SYSTEM, now, "首次载入：" + location));
        current.put(code, new Versioned(1, CatalogueLoader.item(fileEntry, code)));
        return;
      }
      Row row = latest.get();
      JsonNode taken = entries.lastFileEntry(code).orElse(null);
      if (fileEntry.equals(taken)) {
        current.put(code, new Versioned(row.version(), CatalogueLoader.lenient(row.entry(), code)));
        return;
      }
      JsonNode merged = EntryMerge.merge(taken, row.entry(), fileEntry);
      ApprovalItem item;
      try {
        item = CatalogueLoader.item(merged, code);
      } catch (CatalogueException broken) {
        problems.addAll(broken.getProblems());
        if (!merged.equals(fileEntry)) {
          problems.add(code + ": 以上是文件的修改与数据库中第 " + row.version() + " 版（含目录维护接口的修改）合并后的问题");
        }
        return;
      }
      Set<String> overridden = EntryMerge.overridden(taken, row.entry(), fileEntry);
      String changes = "事项目录文件修改（" + location + "）："
          + CatalogueChanges.describe(row.entry(), CatalogueLoader.lenient(row.entry(), code), merged, item)
          + (overridden.isEmpty() ? "" : "；文件的 " + String.join("、", overridden) + " 取代了目录维护接口的修改");
      if (!overridden.isEmpty()) {
        LOG.warn("catalogue: the file changes {} of {}, which the API had changed too: the file's value is taken",
            overridden, code);
      }
      entries.insert(new Row(code, row.version() + 1, merged, fileEntry, Source.FILE, SYSTEM, now, changes));
      current.put(code, new Versioned(row.version() + 1, item));
      LOG.info("catalogue: {} version {} from the file: {}", code, row.version() + 1, changes);
    });
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return current;
  }
}
