package cn.gov.oneseal.complaint;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import java.nio.charset.StandardCharsets;

/**
 * Complaints and accountability for the bureau's overseers (e-supervision, audit, the bureau head; {@link
 * ComplaintReaders}): the open complaints, one complaint whole, its attachments, the statistics of a period, and an
 * officer's file (also to the officer).
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
class ComplaintController {

  private final Complaints complaints;
  private final ComplaintAttachments attachments;
  private final ComplaintViews views;
  private final OpenComplaints open;
  private final ComplaintStatistics statistics;
  private final Accountability accountability;
  private final ComplaintReaders readers;
  private final CurrentUser currentUser;
  private final ComplaintProperties properties;

  ComplaintController(Complaints complaints, ComplaintAttachments attachments, ComplaintViews views,
      OpenComplaints open, ComplaintStatistics statistics, Accountability accountability, ComplaintReaders readers,
      CurrentUser currentUser, ComplaintProperties properties) {
    this.properties = properties;
    this.complaints = complaints;
    this.attachments = attachments;
    this.views = views;
    this.open = open;
    this.statistics = statistics;
    this.accountability = accountability;
    this.readers = readers;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/v1/complaints", produces = "application/json;charset=UTF-8")
  @Operation(summary = "未办结的投诉", description = "所在各局未办结的投诉：所处环节、承办人、期限和该环节的督办牌，红牌、黄牌在前。"
      + "仅电子监察、审计、局负责人。")
  public List<ComplaintViews.Open> openComplaints() {
    ComplaintReaders.Reader reader = reader();
    readers.requireOverseer(reader);
    return open.of(reader::oversees, reader.userId());
  }

  @GetMapping(path = "/api/v1/complaints/statistics", produces = "application/json;charset=UTF-8")
  @Operation(summary = "投诉与责任追究统计", description = "统计区间内收到的投诉（按类别、事项、局）及其调查结论，和责任追究记录（按工作人员、措施）。"
      + "from、to 为 YYYY-MM-DD（默认本年 1 月 1 日至今天）。仅电子监察、审计、局负责人（本局）。")
  public ComplaintStatistics.Report statistics(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    ComplaintReaders.Reader reader = reader();
    readers.requireOverseer(reader);
    LocalDate today = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    LocalDate start = date(from, "from", today.withDayOfYear(1));
    LocalDate end = date(to, "to", today);
    if (end.isBefore(start)) {
      throw ApiException.invalid("INVALID_PERIOD", new FieldError("to", "BEFORE_FROM", "统计区间的结束日早于开始日"));
    }
    return statistics.of(start, end, reader::oversees);
  }

  @GetMapping(path = "/api/v1/complaints/{complaintNumber}", produces = "application/json;charset=UTF-8")
  @Operation(summary = "投诉详情", description = "投诉、登记、调查结论、答复、被投诉人的情况说明、督办牌和责任追究。"
      + "仅本局的电子监察、审计、局负责人，和本投诉的调查人；被投诉人和其他同事 403/404。")
  public ComplaintViews.ForOfficers complaint(@PathVariable String complaintNumber) {
    return views.forOfficers(readable(complaintNumber));
  }

  @GetMapping(path = "/api/v1/complaints/{complaintNumber}/attachments/{id}")
  @Operation(summary = "下载投诉的附件")
  public ResponseEntity<byte[]> attachment(@PathVariable String complaintNumber, @PathVariable long id) {
    Complaint complaint = readable(complaintNumber);
    var found = attachments.content(complaint.id(), id)
        .orElseThrow(() -> ApiException.notFound("NOT_FOUND", "投诉 " + complaintNumber + " 没有编号为 " + id + " 的附件"));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(found.getKey().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(found.getKey().fileName(), StandardCharsets.UTF_8).build().toString())
        .body(found.getValue());
  }

  @PostMapping(path = "/api/v1/complaints/{complaintNumber}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json;charset=UTF-8")
  @Operation(summary = "为投诉添加附件", description = "窗口登记的投诉（来信、现场提交的照片、票据）由登记的窗口人员或本局电子监察补充附件："
      + "multipart/form-data，每个文件一个部分（PDF、JPEG 或 PNG，每个不超过 10 MB），连同已有附件最多 5 个；投诉办结后不能再添加。")
  public ResponseEntity<List<ComplaintAttachments.Attachment>> attach(@PathVariable String complaintNumber,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    ComplaintReaders.Reader reader = reader();
    Complaint complaint = complaints.byNumber(complaintNumber).orElse(null);
    if (complaint == null || reader.userId().equals(complaint.namedOfficer())
        || !(reader.userId().equals(complaint.filedBy()) || reader.admin()
        || (reader.groups().contains(Role.SUPERVISOR.groupId()) && reader.bureaus().contains(complaint.bureauId())))) {
      throw ApiException.notFound("NOT_FOUND", "投诉 " + complaintNumber + " 不存在，或不是由您登记的投诉");
    }
    if (!complaint.status().open()) {
      throw ApiException.conflict("CLOSED", "投诉 " + complaintNumber + " 已办结，不能再添加附件");
    }
    List<FieldError> errors = new ArrayList<>();
    int room = properties.maxAttachments() - attachments.of(complaint.id()).size();
    List<ComplaintAttachments.Upload> uploads = request.getFileMap().isEmpty()
        ? List.of() : ComplaintAttachments.check(request.getFileMap(), room, errors);
    if (request.getFileMap().isEmpty()) {
      errors.add(new FieldError("files", "REQUIRED", "请上传至少一个附件"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(ComplaintSubmissions.INVALID, errors);
    }
    uploads.forEach(upload -> attachments.store(complaint.id(), upload, reader.userId()));
    return ResponseEntity.status(HttpStatus.CREATED).body(attachments.of(complaint.id()));
  }

  @GetMapping(path = "/api/v1/officers/{officerId}/accountability", produces = "application/json;charset=UTF-8")
  @Operation(summary = "工作人员的责任追究记录", description = "投诉属实或部分属实而记入该工作人员档案的追责措施和整改要求，新的在前。"
      + "本人、电子监察、审计、局负责人（其所在局的记录）可查看；其他同事 403。")
  public Map<String, Object> file(@PathVariable String officerId) {
    ComplaintReaders.Reader reader = reader();
    readers.requireFile(reader, officerId);
    List<Accountability.Record> records = accountability.ofOfficer(officerId).stream()
        .filter(r -> reader.userId().equals(officerId) || reader.oversees(r.bureauId())).toList();
    return Map.of("officerId", officerId, "records", records);
  }

  private Complaint readable(String number) {
    ComplaintReaders.Reader reader = reader();
    Complaint complaint = complaints.byNumber(number).orElse(null);
    if (complaint == null) {
      readers.requireOverseer(reader);
      throw ApiException.notFound("NOT_FOUND", "投诉 " + number + " 不存在");
    }
    readers.requireComplaint(reader, complaint);
    return complaint;
  }

  private ComplaintReaders.Reader reader() {
    return ComplaintReaders.Reader.of(currentUser.get());
  }

  private static LocalDate date(String text, String field, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.invalid("INVALID_DATE", new FieldError(field, "INVALID_FORMAT", "日期须为 YYYY-MM-DD"));
    }
  }
}
