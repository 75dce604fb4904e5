package cn.gov.oneseal.portal;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFiles;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The files an applicant submitted online (table {@code case_material_file}, owned here): with the application, the
 * corrections (补正), the 容缺 supplements or the rectification report, each with its SHA-256. The case's
 * material list ({@code case_material}, {@link CaseFiles}') gains a material the first time a file of it arrives.
 */
@Repository
public class MaterialFiles {

  /** Why a file was submitted. */
  public enum Purpose {
    APPLICATION("申请"), CORRECTIONS("补正"), SUPPLEMENTS("容缺补齐"), RECTIFICATION("整改");

    private final String label;

    Purpose(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A stored file without its content. */
  public record MaterialFile(long id, String caseNumber, String materialCode, String materialName, Purpose purpose,
      String fileName, String contentType, long sizeBytes, String sha256, OffsetDateTime submittedAt) {}

  private final JdbcTemplate jdbc;
  private final CaseFiles caseFiles;

  public MaterialFiles(JdbcTemplate jdbc, CaseFiles caseFiles) {
    this.jdbc = jdbc;
    this.caseFiles = caseFiles;
  }

  public long store(String caseNumber, Purpose purpose, UploadedFile file) {
    caseFiles.listMaterial(caseNumber, file.materialCode(), file.materialName());
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into case_material_file (case_number, material_code, "
          + "material_name, purpose, file_name, content_type, size_bytes, sha256, content, submitted_at) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, caseNumber);
      statement.setString(2, file.materialCode());
      statement.setString(3, file.materialName());
      statement.setString(4, purpose.name());
      statement.setString(5, file.fileName());
      statement.setString(6, file.contentType());
      statement.setLong(7, file.content().length);
      statement.setString(8, file.sha256());
      statement.setBytes(9, file.content());
      statement.setObject(10, WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public List<MaterialFile> ofCase(String caseNumber) {
    return jdbc.query("""
        select id, case_number, material_code, material_name, purpose, file_name, content_type, size_bytes, sha256,
          submitted_at from case_material_file where case_number = ? order by id""",
        (rs, i) -> new MaterialFile(rs.getLong("id"), rs.getString("case_number"), rs.getString("material_code"),
            rs.getString("material_name"), Purpose.valueOf(rs.getString("purpose")), rs.getString("file_name"),
            rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
            rs.getObject("submitted_at", OffsetDateTime.class)),
        caseNumber);
  }

  public Optional<MaterialFile> find(String caseNumber, long id) {
    return ofCase(caseNumber).stream().filter(f -> f.id() == id).findFirst();
  }

  public Optional<byte[]> content(String caseNumber, long id) {
    return jdbc.query("select content from case_material_file where case_number = ? and id = ?",
        (rs, i) -> rs.getBytes(1), caseNumber, id).stream().findFirst();
  }
}
