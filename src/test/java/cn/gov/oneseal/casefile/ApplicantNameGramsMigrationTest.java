package cn.gov.oneseal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.MigrationContexts;
import cn.gov.oneseal.support.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bureau's cases registered before the names' index (V35) are found by part of the applicant's name after it: the
 * migration indexes every existing case file's name as a registration does. (On the migrations' own schema: H2, and in
 * the PostgreSQL run a fresh PostgreSQL database.)
 */
@Tag(TestDatabase.TAG)
class ApplicantNameGramsMigrationTest {

  @Test
  void casesRegisteredBeforeTheMigrationAreFoundByPartOfTheNameAfterIt() throws Exception {
    DataSource dataSource = freshDatabase();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    // more cases than a page of the migration, as an existing bureau has them
    int cases = ApplicantNameGramsMigration.PAGE + 5;
    List<Object[]> files = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      files.add(new Object[] {"OLD" + String.format("%06d", i), (i == 1003 ? "老字号福满楼" : "旧案企业" + i) + "餐饮有限公司"});
    }
    jdbc.batchUpdate("""
        insert into case_file (case_number, item_code, applicant_name, applicant_id_type, applicant_id, status,
          received_at) values (?, 'FoodBusinessLicence', ?, 'USCC', '91350100M000000001', 'COMPLETED',
          current_timestamp)""", files);

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      new ApplicantNameGramsMigration().migrate(MigrationContexts.of(connection));
      connection.commit();
    }

    ApplicantNameGrams grams = new ApplicantNameGrams(jdbc);
    assertThat(candidates(jdbc, grams, "福满")).containsExactly("OLD001003");
    assertThat(candidates(jdbc, grams, "满")).containsExactly("OLD001003");
    assertThat(candidates(jdbc, grams, "老字号福满楼餐饮")).containsExactly("OLD001003");
    assertThat(candidates(jdbc, grams, "企业1004餐")).containsExactly("OLD001004");
    assertThat(new HashSet<>(jdbc.queryForList("select gram from case_applicant_gram where case_number = 'OLD000007'",
        String.class))).as("the same pieces as a registration writes")
        .isEqualTo(ApplicantNameGrams.grams("旧案企业7餐饮有限公司"));
    assertThat(grams.narrowing("餐饮有限")).as("a piece every case has does not narrow").isEmpty();
  }

  /** The case numbers the index narrows a search for the text to. */
  private static List<String> candidates(JdbcTemplate jdbc, ApplicantNameGrams grams, String text) {
    ApplicantNameGrams.Narrowing narrowing = grams.narrowing(text).orElseThrow();
    return jdbc.queryForList(narrowing.caseNumbers(), String.class, narrowing.args().toArray());
  }

  /** A database with the schema as V34 left it (case_file is V1's with V2's and V22's columns). */
  private static DataSource freshDatabase() {
    DataSource dataSource;
    if (TestDatabase.postgres()) {
      dataSource = TestDatabase.freshPostgresDataSource();
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
      dataSource = h2;
    }
    // the common migrations up to V22 (see CatalogueVersionsTest: later ones change tables of other locations)
    Flyway.configure().dataSource(dataSource).locations(TestDatabase.postgres()
        ? new String[] {"classpath:db/migration/common"}
        : new String[] {"classpath:db/migration/common", "classpath:db/migration/h2"})
        .target("22").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    return dataSource;
  }

}
