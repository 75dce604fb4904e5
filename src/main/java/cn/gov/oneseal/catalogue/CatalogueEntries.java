package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The catalogue's versions ({@code catalogue_entry}, Flyway V22), and their one owner: per item, one row per version
 * with the item's whole entry as the catalogue file writes it (JSON), where it came from (the file, or an analyst
 * through the API), who, when and what changed. Rows are only ever added.
 */
@Repository
public class CatalogueEntries {

  /** Where a version came from. */
  public enum Source {
    /** {@code processes/catalogue.yaml} (or the file {@code oneseal.catalogue.location} names). */
    FILE("事项目录文件"),
    /** An analyst or administrator through {@code /api/v1/admin/catalogue}. */
    API("目录维护接口");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One version of an item.
   *
   * @param fileEntry the file's entry this version took (FILE versions only): what the file said when it was read
   */
  public record Row(String code, int version, JsonNode entry, JsonNode fileEntry, Source source, String changedBy,
      OffsetDateTime changedAt, String changes) {}

  /** What {@code changes} keeps at most. */
  static final int MAX_CHANGES = 4000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;

  public CatalogueEntries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds a version; a version of the item with that number already written (by another node) is refused. */
  void insert(Row row) {
    String changes = row.changes().length() > MAX_CHANGES ? row.changes().substring(0, MAX_CHANGES - 1) + "…"
        : row.changes();
    jdbc.update("""
        insert into catalogue_entry (item_code, item_version, entry_json, file_json, change_source, changed_by,
          changed_at, changes) values (?, ?, ?, ?, ?, ?, ?, ?)""", row.code(), row.version(), write(row.entry()),
        row.fileEntry() == null ? null : write(row.fileEntry()), row.source().name(), row.changedBy(), row.changedAt(),
        changes);
  }

  public Optional<Row> latest(String code) {
    return jdbc.query("select * from catalogue_entry where item_code = ? order by item_version desc", this::row, code)
        .stream().findFirst();
  }

  Optional<Integer> latestVersion(String code) {
    return Optional.ofNullable(jdbc.queryForObject("select max(item_version) from catalogue_entry where item_code = ?",
        Integer.class, code));
  }

  /** Every item's latest version number. */
  Map<String, Integer> latestVersions() {
    Map<String, Integer> versions = new HashMap<>();
    jdbc.query("select item_code, max(item_version) from catalogue_entry group by item_code",
        rs -> {
          versions.put(rs.getString(1), rs.getInt(2));
        });
    return versions;
  }

  public Optional<Row> version(String code, int version) {
    return jdbc.query("select * from catalogue_entry where item_code = ? and item_version = ?", this::row, code,
        version).stream().findFirst();
  }

  /** The item's versions, newest first. */
  public List<Row> history(String code) {
    return jdbc.query("select * from catalogue_entry where item_code = ? order by item_version desc", this::row, code);
  }

  /** The file's entry that the item's latest FILE version took, if the file ever seeded the item. */
  Optional<JsonNode> lastFileEntry(String code) {
    return jdbc.query("select file_json from catalogue_entry where item_code = ? and change_source = 'FILE' "
        + "order by item_version desc", (rs, i) -> read(rs.getString(1)), code).stream().findFirst();
  }

  private Row row(ResultSet rs, int i) throws SQLException {
    String file = rs.getString("file_json");
    return new Row(rs.getString("item_code"), rs.getInt("item_version"), read(rs.getString("entry_json")),
        file == null ? null : read(file), Source.valueOf(rs.getString("change_source")), rs.getString("changed_by"),
        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changes"));
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("事项目录条目无法写成 JSON", e);
    }
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("事项目录条目不是有效的 JSON", e);
    }
  }
}
