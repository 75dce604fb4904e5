package cn.gov.oneseal.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bureau's catalogue of approval items: each item's current version, and any earlier version a case started
 * under. The versions are kept in the database ({@link CatalogueEntries}, seeded from {@code processes/catalogue.yaml},
 * changed by analysts through the API: {@link CatalogueEditing}); this node holds the current ones in memory and
 * picks up another node's change on its next {@link #refresh()}. A catalogue read from a file alone (tests, the
 * build) has version 1 of every item.
 */
public class ItemCatalogue {

  private static final Logger LOG = LoggerFactory.getLogger(ItemCatalogue.class);

  /** An item as one version of the catalogue has it. */
  public record Versioned(int version, ApprovalItem item) {}

  private final CatalogueEntries entries;
  private volatile Map<String, Versioned> current;
  private volatile long revision;
  private final Map<String, ApprovalItem> earlier = new ConcurrentHashMap<>();

  /** A catalogue of these items (version 1 each), with no database behind it. */
  public ItemCatalogue(Collection<ApprovalItem> items) {
    Map<String, Versioned> map = new HashMap<>();
    items.forEach(item -> map.put(item.code(), new Versioned(1, item)));
    this.current = Map.copyOf(map);
    this.entries = null;
  }

  ItemCatalogue(Map<String, Versioned> current, CatalogueEntries entries) {
    this.current = Map.copyOf(current);
    this.entries = entries;
  }

  public Optional<ApprovalItem> find(String code) {
    return Optional.ofNullable(code).map(current::get).map(Versioned::item);
  }

  public ApprovalItem get(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("事项目录中没有该事项: " + code));
  }

  /** The current version of the item on this node. */
  public int version(String code) {
    Versioned versioned = current.get(code);
    if (versioned == null) {
      throw new IllegalArgumentException("事项目录中没有该事项: " + code);
    }
    return versioned.version();
  }

  /**
   * The item as the given version of the catalogue has it — the limits, materials and 容缺 list a case keeps from
   * its registration; the current version for {@code null}.
   */
  public ApprovalItem get(String code, Integer version) {
    Versioned now = current.get(code);
    if (version == null || now == null || now.version() == version || entries == null) {
      return get(code);
    }
    return earlier.computeIfAbsent(code + "#" + version, key -> entries.version(code, version)
        .map(row -> CatalogueLoader.lenient(row.entry(), code)).orElseGet(() -> {
          LOG.warn("catalogue version {} of {} not found: its current version is used", version, code);
          return get(code);
        }));
  }

  /**
   * The item's latest version as the database has it now, taken on this node if it is newer: what a case registered
   * now runs under, whichever node took the change.
   */
  public Versioned latest(String code) {
    if (entries != null) {
      Versioned now = current.get(code);
      entries.latestVersion(code).filter(version -> now != null && version > now.version())
          .ifPresent(version -> take(code, version));
    }
    Versioned versioned = current.get(code);
    if (versioned == null) {
      throw new IllegalArgumentException("事项目录中没有该事项: " + code);
    }
    return versioned;
  }

  /** Takes every item whose version in the database is newer than this node's (another node's change). */
  public void refresh() {
    if (entries == null) {
      return;
    }
    entries.latestVersions().forEach((code, version) -> {
      Versioned now = current.get(code);
      if (now != null && version > now.version()) {
        take(code, version);
      }
    });
  }

  /** This node applies a version it has written itself (after its transaction committed). */
  void applied(String code, int version, ApprovalItem item) {
    synchronized (this) {
      Versioned now = current.get(code);
      if (now != null && now.version() < version) {
        Map<String, Versioned> next = new HashMap<>(current);
        next.put(code, new Versioned(version, item));
        current = Map.copyOf(next);
        revision++;
        earlier.put(code + "#" + now.version(), now.item());
        LOG.info("catalogue: {} now at version {}", code, version);
      }
    }
  }

  /**
   * Counts this node's changes of the catalogue (0 at start, one more for every version it takes): a reader may keep
   * what it builds from the catalogue until the count moves.
   */
  public long revision() {
    return revision;
  }

  private void take(String code, int version) {
    entries.version(code, version).ifPresent(row -> applied(code, version, CatalogueLoader.lenient(row.entry(), code)));
  }

  /** 联办件: the groups of the departments that give opinions in parallel (used by the model). */
  public List<String> jointDepartmentGroups(String code) {
    return get(code).jointDepartmentGroups();
  }

  public List<ApprovalItem> all() {
    return current.values().stream().map(Versioned::item).sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }
}
