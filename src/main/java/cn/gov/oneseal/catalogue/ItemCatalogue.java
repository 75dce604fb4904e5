package cn.gov.oneseal.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bureau's catalogue of approval items, read from {@code processes/catalogue.yaml}. */
public class ItemCatalogue {

  private final Map<String, ApprovalItem> items;

  public ItemCatalogue(Collection<ApprovalItem> items) {
    this.items = items.stream()
        .collect(Collectors.toUnmodifiableMap(ApprovalItem::code, Function.identity()));
  }

  public Optional<ApprovalItem> find(String code) {
    return Optional.ofNullable(code).map(items::get);
  }

  public ApprovalItem get(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("事项目录中没有该事项: " + code));
  }

  /** 联办件: the groups of the departments that give opinions in parallel (used by the model). */
  public List<String> jointDepartmentGroups(String code) {
    return get(code).jointDepartmentGroups();
  }

  public List<ApprovalItem> all() {
    return items.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }
}
