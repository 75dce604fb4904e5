package cn.gov.oneseal.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V35 (H2 and PostgreSQL alike): creates the index of the applicants' names ({@link ApplicantNameGrams}) and
 * fills it for every case registered before, in Flyway's transaction and before the application serves, so that the
 * case history's search finds old cases from its first answer; a failure leaves the database as it was (PostgreSQL)
 * and the bureau does not start. The pieces are computed in Java ({@link ApplicantNameGrams#grams}), the same code as
 * at registration. Reads the case files by case number in pages of {@value #PAGE}.
 *
 * <p>The table has no foreign key to {@code case_file}: it is derived from it by its one writer, case files are never
 * deleted, and a registration writes some 40 rows here; its primary key (piece, case number) is the only index.
 */
@Component
public class ApplicantNameGramsMigration implements JavaMigration {

  static final int PAGE = 1000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("""
          create table case_applicant_gram (
            gram         varchar(12) not null,
            case_number  varchar(32) not null,
            primary key (gram, case_number)
          )""");
    }
    String after = "";
    while (true) {
      Map<String, String> names = page(connection, after);
      if (names.isEmpty()) {
        return;
      }
      try (PreparedStatement insert = connection.prepareStatement(ApplicantNameGrams.INSERT)) {
        for (Map.Entry<String, String> name : names.entrySet()) {
          for (String gram : ApplicantNameGrams.grams(name.getValue())) {
            insert.setString(1, gram);
            insert.setString(2, name.getKey());
            insert.addBatch();
          }
          after = name.getKey();
        }
        insert.executeBatch();
      }
    }
  }

  /** The next page of case numbers and applicants' names after the given case number. */
  private static Map<String, String> page(Connection connection, String after) throws SQLException {
    Map<String, String> names = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select case_number, applicant_name from case_file where case_number > ? order by case_number limit " + PAGE)) {
      query.setString(1, after);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return names;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("35");
  }

  @Override
  public String getDescription() {
    return "applicant name grams (case history search by part of a name)";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
