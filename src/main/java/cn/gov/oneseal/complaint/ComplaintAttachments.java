package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.casefile.FileTypes;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.form.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.web.multipart.MultipartFile;

/** A complaint's attachments ({@code complaint_attachment}): PDF, JPEG or PNG, at most 10 MB each. */
@Repository
public class ComplaintAttachments {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  /** A checked file, before it is stored. */
  record Upload(String fileName, String contentType, byte[] content) {}

  /** A stored attachment, without its content. */
  public record Attachment(long id, String fileName, String contentType, long sizeBytes, String sha256,
      OffsetDateTime uploadedAt) {}

  private final JdbcTemplate jdbc;

  ComplaintAttachments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The parts of a request as attachments; each refused one adds its error (field {@code files.<part>}). */
  static List<Upload> check(Map<String, MultipartFile> parts, int max, List<FieldError> errors) {
    List<Upload> uploads = new ArrayList<>();
    if (parts.size() > max) {
      errors.add(new FieldError("files", "TOO_MANY", "附件最多 " + max + " 个"));
      return uploads;
    }
    for (Map.Entry<String, MultipartFile> part : new TreeMap<>(parts).entrySet()) {
      String field = "files." + part.getKey();
      MultipartFile file = part.getValue();
      byte[] content;
      try {
        content = file.getBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String type = FileTypes.normalised(file.getContentType());
      String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? part.getKey()
          : file.getOriginalFilename().strip();
      if (content.length == 0) {
        errors.add(new FieldError(field, "EMPTY_FILE", "附件为空，请重新上传"));
      } else if (content.length > MAX_BYTES) {
        errors.add(new FieldError(field, "TOO_LARGE", "单个附件不得超过 10 MB"));
      } else if (!FileTypes.matches(type, content)) {
        errors.add(new FieldError(field, "INVALID_TYPE", "附件只能是 PDF、JPEG 或 PNG（声明的类型须与文件内容一致）"));
      } else if (name.length() > 200) {
        errors.add(new FieldError(field, "TOO_LONG", "文件名不得超过 200 个字符"));
      } else {
        uploads.add(new Upload(name, type, content));
      }
    }
    return uploads;
  }

  void store(long complaintId, Upload upload, String by) {
    jdbc.update("""
        insert into complaint_attachment (complaint_id, file_name, content_type, size_bytes, sha256, content,
          uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", complaintId, upload.fileName(),
        upload.contentType(), upload.content().length, Sha256.hex(upload.content()), upload.content(), by,
        offsetOf(ClockUtil.getCurrentTime()));
  }

  public List<Attachment> of(long complaintId) {
    return jdbc.query("""
        select id, file_name, content_type, size_bytes, sha256, uploaded_at from complaint_attachment
        where complaint_id = ? order by id""", (rs, i) -> new Attachment(rs.getLong("id"), rs.getString("file_name"),
        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
        rs.getObject("uploaded_at", OffsetDateTime.class)), complaintId);
  }

  /** The attachment's record and content, if it belongs to the complaint. */
  Optional<Map.Entry<Attachment, byte[]>> content(long complaintId, long id) {
    return jdbc.query("select * from complaint_attachment where complaint_id = ? and id = ?", (rs, i) -> Map.entry(
        new Attachment(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class)),
        rs.getBytes("content")), complaintId, id).stream().findFirst();
  }
}
