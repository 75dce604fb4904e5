package cn.gov.oneseal.portal;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.clock.TaskDueMark;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.intake.DeficiencyAcceptance;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.ApplicantService.Submission;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * 申请人: what the online hall (网上办事大厅) does for applicants, as the portal's technical client; each
 * case is proven by its number and the query code (header {@code X-Query-Secret}) issued at receipt.
 */
@RestController
@RequestMapping(path = "/api/v1/applicant", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
public class ApplicantController {

  static final String SECRET = "X-Query-Secret";
  static final String KEY = IdempotentRequests.HEADER;
  /**
   * The portal's keys: required, used once per operation and case; a first answer says
   * {@code Idempotent-Replayed: false}.
   */
  static final IdempotentRequests.Policy IDEMPOTENCY = new IdempotentRequests.Policy(true, true,
      ApplicantService.INVALID, "Idempotency-Key %1$s 已用于内容不同的另一请求；新的请求请使用新的 Idempotency-Key", true);
  private static final String KEY_TEXT = "幂等键（1–100 个字符）：同一请求重试时使用同一个值，不会重复办理；同一个值用于内容不同的请求回答 409";
  private static final String APPLICATION_EXAMPLE = """
      {"itemCode": "FoodBusinessLicence", "bureauId": "city",
       "applicant": {"name": "好味餐饮有限公司", "idType": "USCC", "id": "91350100M000100Y43"},
       "contact": {"name": "林晓", "phone": "0512-66881234"}, "premisesAddress": "姑苏区人民路100号",
       "businessScope": "CATERING", "path": "DEFICIENCY", "deficientMaterials": ["M04"], "pledgeSigned": true}""";
  private static final Map<String, String> WAITS = Map.of(
      "Msg_CorrectionsSubmitted", "等待申请人提交补正材料（POST …/corrections）",
      "Msg_SupplementsSubmitted", "等待申请人补齐容缺材料（POST …/supplements）",
      "Msg_SurveyRectificationCompleted", "等待申请人报告现场勘验整改完成（POST …/survey-rectification）");

  private final ApplicantService applicants;
  private final NoticeService notices;
  private final MaterialFiles materialFiles;
  private final ClockService clocks;
  private final ItemCatalogue catalogue;
  private final ProcessEngine engine;
  private final CaseTaskNames taskNames;
  private final IdempotentRequests idempotent;
  private final DeficiencyAcceptance deficiency;

  public ApplicantController(ApplicantService applicants, NoticeService notices, MaterialFiles materialFiles,
      ClockService clocks, ItemCatalogue catalogue, ProcessEngine engine, IdempotentRequests idempotent,
      CaseTaskNames taskNames, DeficiencyAcceptance deficiency) {
    this.deficiency = deficiency;
    this.taskNames = taskNames;
    this.idempotent = idempotent;
    this.applicants = applicants;
    this.notices = notices;
    this.materialFiles = materialFiles;
    this.clocks = clocks;
    this.catalogue = catalogue;
    this.engine = engine;
  }

  @PostMapping(path = "/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "网上申请（提交申请及材料）", description = """
      multipart/form-data：

      * 部分 `application`（JSON）：`itemCode` 事项编码（见办事指南）、`bureauId` 受理的行政审批局（省略为市局）、\
      `applicant` {`name`, `idType` USCC｜RESIDENT_ID, `id`}、`contact` {`name`, `phone`}、`premisesAddress`、\
      `businessScope`（事项有主体业态时必填，取值见办事指南）、`path` 申请方式 ORDINARY 一般程序｜DEFICIENCY 容缺受理｜\
      COMMITMENT 告知承诺；容缺受理另填 `deficientMaterials`（欠缺的次要材料编码，须在事项的容缺清单内）和 \
      `pledgeSigned: true`（申请人签署容缺受理承诺书）；告知承诺另填 `commitmentAccepted: true`（申请人已阅知许可条件并承诺符合）。
      * 每个材料一个文件部分，部分名称为材料编码（M01、M02…，见办事指南），PDF、JPEG 或 PNG，单个不超过 20 MB；\
      除声明容缺的材料外，必需材料都须上传。

      成功时按窗口收件登记的同样规则登记收件、编号、发出收件凭证，回答办件编号和 8 位查询码（只回答这一次，\
      同一 Idempotency-Key 重试时原样再回答）。申请方式由窗口在受理审查时决定是否准许。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object", requiredProperties = "application"),
      schemaProperties = {
          @SchemaProperty(name = "application", schema = @Schema(type = "string", description = "申请信息（JSON）",
              example = APPLICATION_EXAMPLE)),
          @SchemaProperty(name = "M01", schema = @Schema(type = "string", format = "binary",
              description = "材料 M01 的文件；其他材料同样以材料编码为部分名称（M02、M03…）"))}))
  @ApiResponse(responseCode = "201", description = "已收件：{caseNumber, querySecret, status, statusLabel, path, notices}")
  @ApiResponse(responseCode = "400", description = "申请有误：{code, message, errors: [{field, code, message}]}，"
      + "如 application.applicant.id INVALID_CHECKSUM（校验码错误）、files.M03 MATERIAL_MISSING、files.M01 INVALID_TYPE、"
      + "application.itemCode ITEM_NOT_FOUND、application.path PATH_NOT_ALLOWED；不写入任何数据",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "Idempotency-Key 已用于内容不同的请求",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> submit(@Parameter(in = ParameterIn.HEADER, description = KEY_TEXT)
      @RequestHeader(name = KEY, required = false) String key,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    String application = request.getParameter("application");
    Map<String, MultipartFile> files = new LinkedHashMap<>(request.getFileMap());
    MultipartFile applicationPart = files.remove("application");
    if (application == null && applicationPart != null) {
      application = text(applicationPart);
    }
    String json = application;
    return idempotent.run(IDEMPOTENCY, applicants.caller(), key, "APPLICATION", content(application, files),
        () -> created(applicants.submit(json, files)));
  }

  @PostMapping(path = "/cases/{caseNumber}/corrections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "提交补正材料", description = "办件处于一次性告知补正后等待补正时：每个材料一个文件部分（部分名称为材料编码），"
      + "可附 note 说明。收到后窗口审查补正材料。")
  @ApiResponse(responseCode = "201", description = "已收到：{caseNumber, files: [{id, materialCode, sha256}], status}")
  @ApiResponse(responseCode = "400", description = "文件有误（逐字段）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件当前不在等待补正，或 Idempotency-Key 已用于其他内容",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> corrections(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @Parameter(description = KEY_TEXT) @RequestHeader(name = KEY, required = false) String key,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    return later(Submission.CORRECTIONS, caseNumber, secret, key, request);
  }

  @PostMapping(path = "/cases/{caseNumber}/supplements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "补齐容缺材料", description = "容缺受理后在补齐期限内提交欠缺的材料（部分名称为材料编码），可附 note；窗口审核。")
  @ApiResponse(responseCode = "201", description = "已收到")
  @ApiResponse(responseCode = "400", description = "文件有误（逐字段）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件当前不在等待补齐容缺材料，或 Idempotency-Key 已用于其他内容",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> supplements(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @Parameter(description = KEY_TEXT) @RequestHeader(name = KEY, required = false) String key,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    return later(Submission.SUPPLEMENTS, caseNumber, secret, key, request);
  }

  /** The rectification report. */
  public record RectificationReport(@Schema(description = "整改情况说明（必填，不超过 4000 字）") String report) {}

  /** The withdrawal. */
  public record Withdrawal(@Schema(description = "撤回理由（必填，不超过 500 字）") String reason) {}

  @PostMapping(path = "/cases/{caseNumber}/survey-rectification", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "报告现场勘验整改完成", description = "现场勘验责令整改后，在整改期限内报告整改情况 {report}；恢复计时并安排复勘。")
  @ApiResponse(responseCode = "201", description = "已收到")
  @ApiResponse(responseCode = "400", description = "report 必填",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件当前不在等待整改，或 Idempotency-Key 已用于其他内容",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> rectification(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @Parameter(description = KEY_TEXT) @RequestHeader(name = KEY, required = false) String key,
      @RequestBody(required = false) RectificationReport body) {
    return later(Submission.RECTIFICATION, caseNumber, secret, key, body == null ? null : body.report(), Map.of());
  }

  @PostMapping(path = "/cases/{caseNumber}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "撤回申请", description = "作出许可决定前，申请人可以撤回申请：办件终止，停止计时，发出撤回申请确认书。")
  @ApiResponse(responseCode = "200", description = "已撤回：{caseNumber, status, statusLabel, notice}")
  @ApiResponse(responseCode = "400", description = "reason 必填",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "已作出许可决定或办件已终结，不能撤回",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> withdraw(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret,
      @RequestBody(required = false) Withdrawal body) {
    return ResponseEntity.ok(applicants.withdraw(caseNumber, secret, body == null ? null : body.reason()));
  }

  @GetMapping("/cases/{caseNumber}")
  @Operation(summary = "查询办理进度", description = "办件状态、当前环节（待办事项及其期限，或等待申请人做什么）、计时（状态、承诺和法定期限、"
      + "剩余工作日、暂停、延期）、全部文书（附下载地址）和已提交的材料。容缺受理的办件已作出准予许可决定、尚待补齐容缺材料时，状态为 "
      + "GRANT_HELD，hold 说明待补齐的材料、补齐期限和后果；补齐并经审核符合要求后才出具准予行政许可决定书、给出许可证编号。"
      + "期限所涉年份的节假日安排尚未公布的，暂按法定节假日计算并标明（dueProvisional、clock.promisedDueProvisional/"
      + "statutoryDueProvisional 与 clock.provisionalNote）。")
  @ApiResponse(responseCode = "200", description = "办理进度")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> progress(@PathVariable String caseNumber,
      @Parameter(description = "查询码") @RequestHeader(name = SECRET, required = false) String secret) {
    CaseFile file = applicants.requireCase(caseNumber, secret);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("itemCode", file.itemCode());
    body.put("itemName", catalogue.get(file.itemCode()).name());
    body.put("status", file.status().name());
    body.put("statusLabel", file.status().label());
    body.put("receivedAt", file.receivedAt());
    body.put("acceptedAt", file.acceptedAt());
    body.put("decidedAt", file.decidedAt());
    body.put("licenceNumber", file.licenceNumber());
    body.put("closedAt", file.closedAt());
    // 容缺: granted, held until the named supplements are accepted (no 决定书, licence number or register entry yet)
    deficiency.hold(caseNumber).ifPresent(hold -> body.put("hold", hold));
    AtomicReference<List<Map<String, Object>>> stages = new AtomicReference<>();
    AsSystem.run(engine, () -> {
      List<Map<String, Object>> current = new ArrayList<>();
      engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).orderByTaskCreateTime().asc()
          .list().forEach(task -> {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("kind", "TASK");
            stage.put("name", taskNames.stage(task));
            stage.put("since", WorkingDayCalendar.offsetOf(task.getCreateTime()));
            stage.put("due", task.getDueDate() == null ? null : WorkingDayCalendar.offsetOf(task.getDueDate()));
            stage.put("dueProvisional", TaskDueMark.isMarked(task.getDescription()));
            current.add(stage);
          });
      WAITS.forEach((message, label) -> {
        if (engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
            .messageEventSubscriptionName(message).count() > 0) {
          current.add(Map.of("kind", "WAITING_FOR_APPLICANT", "name", label));
        }
      });
      stages.set(current);
    });
    body.put("currentStages", stages.get());
    body.put("clock", clocks.exists(caseNumber) ? clocks.clock(caseNumber) : null);
    body.put("notices", notices.ofCase(caseNumber).stream().map(ApplicantController::notice).toList());
    body.put("materials", materialFiles.ofCase(caseNumber).stream().map(m -> {
      Map<String, Object> material = new LinkedHashMap<>();
      material.put("id", m.id());
      material.put("materialCode", m.materialCode());
      material.put("name", m.materialName());
      material.put("purpose", m.purpose().name());
      material.put("purposeLabel", m.purpose().label());
      material.put("fileName", m.fileName());
      material.put("sizeBytes", m.sizeBytes());
      material.put("sha256", m.sha256());
      material.put("submittedAt", m.submittedAt());
      return material;
    }).toList());
    return ResponseEntity.ok(body);
  }

  static Map<String, Object> notice(Notice notice) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", notice.id());
    json.put("kind", notice.kind().name());
    json.put("title", notice.title());
    json.put("createdAt", notice.createdAt());
    json.put("sha256", notice.sha256());
    json.put("download", "/api/v1/applicant/cases/" + notice.caseNumber() + "/notices/" + notice.id());
    return json;
  }

  private ResponseEntity<?> later(Submission kind, String caseNumber, String secret, String key,
      MultipartHttpServletRequest request) {
    Map<String, MultipartFile> files = new LinkedHashMap<>(request.getFileMap());
    MultipartFile notePart = files.remove("note");
    String note = request.getParameter("note");
    if (note == null && notePart != null) {
      note = text(notePart);
    }
    return later(kind, caseNumber, secret, key, note, files);
  }

  /** A later submission, once per key (the case proven first: a wrong query code is 404 even for a retry). */
  private ResponseEntity<?> later(Submission kind, String caseNumber, String secret, String key, String note,
      Map<String, MultipartFile> files) {
    applicants.requireCase(caseNumber, secret);
    return idempotent.run(IDEMPOTENCY, applicants.caller(), key, kind.name() + ":" + caseNumber,
        content(note == null ? "" : note, files),
        () -> created(applicants.submitLater(kind, caseNumber, secret, note, files)));
  }

  /** What makes two submissions the same: the text and the files' names and SHA-256. */
  private static Map<String, Object> content(String text, Map<String, MultipartFile> files) {
    Map<String, String> hashes = new TreeMap<>();
    files.forEach((name, file) -> {
      try {
        hashes.put(name, Sha256.hex(file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Map<String, Object> content = new HashMap<>();
    content.put("text", text);
    content.put("files", hashes);
    return content;
  }

  private static ResponseEntity<?> created(Map<String, Object> body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  private static String text(MultipartFile part) {
    try {
      return new String(part.getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
