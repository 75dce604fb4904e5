package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.oneseal.catalogue.CatalogueEntries.Row;
import cn.gov.oneseal.catalogue.CatalogueEntries.Source;
import cn.gov.oneseal.catalogue.ItemCatalogue.Versioned;
import cn.gov.oneseal.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue file seeds the database and later only adds what it changed: an item it has not seen gets version 1;
 * the same file again adds nothing; a changed field of the file becomes a new version over the current one, keeping
 * what an analyst changed through the API and the file did not touch (and saying so where the file's value replaces
 * the analyst's); a merge the rules refuse stops start-up and writes nothing. A node holds each item's current version
 * and takes a version another node wrote: at once for a registration ({@code latest}), on its refresh for the rest; an
 * earlier version stays readable for the cases registered under it. (On the migrations' own schema: H2, and in the
 * PostgreSQL run a fresh PostgreSQL database.)
 */
@Tag(TestDatabase.TAG)
class CatalogueVersionsTest {

  CatalogueEntries entries;
  CatalogueSeed seed;
  JdbcTemplate jdbc;

  @BeforeEach
  void freshDatabase() {
    DataSource dataSource;
    if (TestDatabase.postgres()) {
      dataSource = TestDatabase.freshPostgresDataSource();
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:catalogue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
      dataSource = h2;
    }
    // the common migrations (catalogue_entry, case_file) and, on H2, its own; PostgreSQL's own add indexes to the
    // engine's tables, which this schema without an engine does not have. Up to V22, where the catalogue's tables are
    // complete: later common migrations change tables that other locations create (V24: case_notice)
    Flyway.configure().dataSource(dataSource).locations(TestDatabase.postgres()
        ? new String[] {"classpath:db/migration/common"}
        : new String[] {"classpath:db/migration/common", "classpath:db/migration/h2"})
        .target("22").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    entries = new CatalogueEntries(jdbc);
    seed = new CatalogueSeed(entries, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
  }

  static Map<String, JsonNode> file(String yaml) {
    return CatalogueLoader.entries(CatalogueLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "x.yaml"), "x.yaml", null);
  }

  /** What an analyst's change through the API writes (CatalogueEditing), as another node would have. */
  void apiVersion(String code, String field, int value) {
    Row latest = entries.latest(code).orElseThrow();
    ObjectNode entry = latest.entry().deepCopy();
    if (field.contains(".")) {
      ((ObjectNode) entry.get(field.split("\\.")[0])).put(field.split("\\.")[1], value);
    } else {
      entry.put(field, value);
    }
    entries.insert(new Row(code, latest.version() + 1, entry, null, Source.API, "analyst1", OffsetDateTime.now(),
        field + " → " + value));
  }

  long rows() {
    return jdbc.queryForObject("select count(*) from catalogue_entry", Long.class);
  }

  @Test
  void theFileSeedsAFreshDatabaseAndLaterAddsOnlyWhatItChanged() {
    Map<String, Versioned> first = seed.apply(file(CatalogueLoaderTest.FOOD), "x.yaml");
    assertThat(first.get("Food").version()).isEqualTo(1);
    Row v1 = entries.latest("Food").orElseThrow();
    assertThat(v1.source()).isEqualTo(Source.FILE);
    assertThat(v1.changedBy()).isEqualTo("system");
    assertThat(v1.changes()).isEqualTo("首次载入：x.yaml");
    // the same file again: nothing
    assertThat(seed.apply(file(CatalogueLoaderTest.FOOD), "x.yaml").get("Food").version()).isEqualTo(1);
    assertThat(rows()).isEqualTo(1);

    // an analyst changes the promised limit; the file later changes the fees only: both are kept
    apiVersion("Food", "promisedLimit", 8);
    String newFees = CatalogueLoaderTest.FOOD.replace("fees: 不收费", "fees: 收费 10 元");
    Versioned merged = seed.apply(file(newFees), "x.yaml").get("Food");
    assertThat(merged.version()).isEqualTo(3);
    assertThat(merged.item().promisedLimit()).as("the analyst's change, untouched by the file").isEqualTo(8);
    assertThat(merged.item().fees()).isEqualTo("收费 10 元");
    assertThat(entries.latest("Food").orElseThrow().changes()).contains("收费（fees）按事项目录文件修改")
        .doesNotContain("承诺时限");
    // and once taken, the same file adds nothing
    assertThat(seed.apply(file(newFees), "x.yaml").get("Food").version()).isEqualTo(3);

    // the file changes what the analyst changed too: the file's value is taken, and the history says so
    Versioned overridden = seed.apply(file(newFees.replace("promisedLimit: 6", "promisedLimit: 7")), "x.yaml")
        .get("Food");
    assertThat(overridden.item().promisedLimit()).isEqualTo(7);
    assertThat(entries.latest("Food").orElseThrow().changes()).contains("承诺时限 8 → 7 个工作日",
        "文件的 promisedLimit 取代了目录维护接口的修改");

    // a new item of the file gets its version 1; the others are left alone
    String withSecond = newFees.replace("promisedLimit: 6", "promisedLimit: 7") + CatalogueLoaderTest.FOOD
        .replace("items:\n", "").replace("code: Food", "code: Food2");
    Map<String, Versioned> both = seed.apply(file(withSecond), "x.yaml");
    assertThat(both.get("Food2").version()).isEqualTo(1);
    assertThat(both.get("Food").version()).isEqualTo(4);
  }

  @Test
  void aMergeTheRulesRefuseStopsStartUpAndWritesNothing() {
    seed.apply(file(CatalogueLoaderTest.FOOD), "x.yaml");
    // the analyst gave the review stage 4 days with a promise of 8 ...
    apiVersion("Food", "promisedLimit", 8);
    apiVersion("Food", "stageLimits.review", 4);
    long before = rows();
    // ... the file now promises 7 (it never had the analyst's 4 review days): 3 + 4 + 1 > 7
    CatalogueException refused = catchThrowableOfType(CatalogueException.class, () -> seed.apply(
        file(CatalogueLoaderTest.FOOD.replace("promisedLimit: 6", "promisedLimit: 7").replace("fees: 不收费", "fees: 收费")),
        "x.yaml"));
    assertThat(refused.getProblems()).contains("Food.stageLimits: 受理后各环节时限之和 8 超过承诺时限 7",
        "Food: 以上是文件的修改与数据库中第 3 版（含目录维护接口的修改）合并后的问题");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aNodeTakesAnotherNodesVersionForARegistrationAtOnceAndForTheRestOnItsRefresh() {
    String two = CatalogueLoaderTest.FOOD + CatalogueLoaderTest.FOOD.replace("items:\n", "").replace("code: Food", "code: Food2");
    ItemCatalogue node = new ItemCatalogue(seed.apply(file(two), "x.yaml"), entries);
    apiVersion("Food", "promisedLimit", 8);
    apiVersion("Food2", "promisedLimit", 9);

    assertThat(node.get("Food").promisedLimit()).as("not yet refreshed").isEqualTo(6);
    assertThat(node.get("Food", 2).promisedLimit()).as("a case registered under version 2 elsewhere").isEqualTo(8);
    assertThat(node.latest("Food").version()).as("a registration here takes the latest").isEqualTo(2);
    assertThat(node.get("Food").promisedLimit()).isEqualTo(8);
    assertThat(node.get("Food2").promisedLimit()).isEqualTo(6);
    node.refresh();
    assertThat(node.get("Food2").promisedLimit()).isEqualTo(9);
    assertThat(node.version("Food2")).isEqualTo(2);
    assertThat(node.get("Food", 1).promisedLimit()).as("a case registered before keeps its version").isEqualTo(6);
    assertThat(node.get("Food", null).promisedLimit()).isEqualTo(8);
  }
}
