package cn.gov.oneseal.portal;

import cn.gov.oneseal.supervision.Cards;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.ApplicantIds;
import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.BureauTenantIdProvider;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.catalogue.ApplicationPaths;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.intake.CaseRegistrationListener;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.MaterialFiles.Purpose;
import cn.gov.oneseal.security.AsSystem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the online hall does for an applicant, each request in one transaction (the engine shares the data
 * source): an application registered exactly as the window's 收件登记 start form registers it (the start
 * listener {@code caseRegistrationListener} validates, numbers, records and issues the 收件凭证), with the
 * files stored beside the case; corrections, supplements and the rectification report correlated to the
 * waiting stage; the withdrawal (撤回) before the decision. A refused request throws {@link ApiException} and
 * leaves nothing written. The submissions are made idempotent by their caller ({@code ApplicantController}).
 */
@Service
public class ApplicantService {

  /** What the applicant asks for online: the submission's JSON part {@code application}. */
  public record Application(String itemCode, String bureauId, Applicant applicant, Contact contact,
      String premisesAddress, String businessScope, String path, List<String> deficientMaterials,
      Boolean pledgeSigned, Boolean commitmentAccepted) {}

  public record Applicant(String name, String idType, String id) {}

  public record Contact(String name, String phone) {}

  /** A later submission to a waiting case: the message its stage waits for and what it is called. */
  public enum Submission {
    CORRECTIONS("Msg_CorrectionsSubmitted", "补正材料", Purpose.CORRECTIONS),
    SUPPLEMENTS("Msg_SupplementsSubmitted", "容缺补齐材料", Purpose.SUPPLEMENTS),
    RECTIFICATION("Msg_SurveyRectificationCompleted", "现场勘验整改情况", Purpose.RECTIFICATION);

    final String message;
    final String label;
    final Purpose purpose;

    Submission(String message, String label, Purpose purpose) {
      this.message = message;
      this.label = label;
      this.purpose = purpose;
    }
  }

  /** The top-level code of the portal's 400 answers. */
  static final String INVALID = "INVALID";

  static final Map<String, String> FIELD_NAMES = Map.of(
      "applicantName", "application.applicant.name",
      "applicantIdType", "application.applicant.idType",
      "applicantId", "application.applicant.id",
      "contactName", "application.contact.name",
      "contactPhone", "application.contact.phone",
      "premisesAddress", "application.premisesAddress",
      "businessScope", "application.businessScope",
      "materials", "files");
  static final Map<String, String> PATH_LABELS = Map.of(
      "ORDINARY", "一般程序", "DEFICIENCY", "容缺受理", "COMMITMENT", "告知承诺");
  /** Decided or ended: too late for a withdrawal. */
  static final Set<CaseStatus> DECIDED = EnumSet.of(CaseStatus.GRANT_HELD, CaseStatus.GRANTED, CaseStatus.DENIED,
      CaseStatus.DELIVERED, CaseStatus.COMPLETED);
  static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.REJECTED, CaseStatus.WITHDRAWN,
      CaseStatus.ACCEPTANCE_REVOKED, CaseStatus.WITHDRAWN_BY_APPLICANT);

  private final ProcessEngine engine;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final ApplicationPaths paths;
  private final CreditRecords credit;
  private final CaseFiles caseFiles;
  private final MaterialFiles materialFiles;
  private final QuerySecrets secrets;
  private final NoticeService notices;
  private final ClockService clocks;
  private final ObjectMapper json;
  private final CaseMaterialsTaskListener taskDescriptions;
  private final Cards cards;

  public ApplicantService(ProcessEngine engine, ItemCatalogue catalogue, Bureaus bureaus, ApplicationPaths paths,
      CreditRecords credit, CaseFiles caseFiles, MaterialFiles materialFiles, QuerySecrets secrets,
      NoticeService notices, ClockService clocks, ObjectMapper json,
      CaseMaterialsTaskListener taskDescriptions, Cards cards) {
    this.cards = cards;
    this.taskDescriptions = taskDescriptions;
    this.engine = engine;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.paths = paths;
    this.credit = credit;
    this.caseFiles = caseFiles;
    this.materialFiles = materialFiles;
    this.secrets = secrets;
    this.notices = notices;
    this.clocks = clocks;
    this.json = json;
  }

  /** 网上申请: the application with one file per material (part name = material code). */
  @Transactional
  public Map<String, Object> submit(String applicationJson, Map<String, MultipartFile> files) {
    Application application = parse(applicationJson);
    List<FieldError> errors = new ArrayList<>();
    ApprovalItem item = application.itemCode() == null || application.itemCode().isBlank() ? null
        : catalogue.find(application.itemCode().strip()).orElse(null);
    if (item == null) {
      errors.add(application.itemCode() == null || application.itemCode().isBlank()
          ? new FieldError("application.itemCode", "REQUIRED", "请填写事项编码")
          : new FieldError("application.itemCode", "ITEM_NOT_FOUND", "事项目录中没有编码为 " + application.itemCode()
              + " 的事项（见 /api/v1/items）"));
    }
    // every bureau accepts every item: county bureaus accept items delegated to them (COUNTY) and those the
    // city bureau decides (CITY, 受理审核权下放), so the bureau need only exist
    Bureau bureau = application.bureauId() == null || application.bureauId().isBlank() ? bureaus.city()
        : bureaus.find(application.bureauId().strip()).orElse(null);
    if (bureau == null) {
      errors.add(new FieldError("application.bureauId", "BUREAU_NOT_FOUND", "没有编码为 " + application.bureauId()
          + " 的行政审批局，可选：" + String.join("、", bureaus.bureaus().stream()
              .map(b -> b.id() + "（" + b.name() + "）").toList())));
    }
    String applicantId = applicantId(application.applicant(), errors);
    String path = application.path() == null || application.path().isBlank() ? "ORDINARY" : application.path().strip();
    if (!ApplicationPaths.PATHS.contains(path)) {
      errors.add(new FieldError("application.path", "INVALID_CHOICE",
          "申请方式只能是 ORDINARY（一般程序）、DEFICIENCY（容缺受理）或 COMMITMENT（告知承诺）"));
      path = null;
    }
    List<String> deficient = application.deficientMaterials() == null ? List.of()
        : application.deficientMaterials().stream().distinct().toList();
    List<UploadedFile> uploaded = new ArrayList<>();
    if (item != null) {
      uploaded = checkFiles(item, files, errors);
      List<String> present = uploaded.stream().map(UploadedFile::materialCode).toList();
      if (path != null) {
        checkPath(item, path, deficient, present, application, errors);
      }
      for (Material material : item.materials()) {
        if (material.required() && !files.containsKey(material.code()) && !deficient.contains(material.code())) {
          errors.add(new FieldError("files." + material.code(), "MATERIAL_MISSING",
              "缺少必需材料：" + material.code() + " " + material.name()));
        }
      }
      if (path != null && applicantId != null && errors.stream().noneMatch(e -> e.field().equals("application.path"))) {
        String requested = path;
        AtomicReference<ApplicationPaths.Verdict> rules = new AtomicReference<>();
        AsSystem.run(engine, () -> rules.set(paths.evaluate(item, requested, credit.standing(applicantId))));
        ApplicationPaths.Verdict verdict = rules.get();
        if (!verdict.allowed()) {
          errors.add(new FieldError("application.path", "PATH_NOT_ALLOWED",
              PATH_LABELS.get(path) + "不适用：" + verdict.reason()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(INVALID, errors);
    }

    Map<String, Object> variables = startForm(application, item, bureau, applicantId, path, deficient, uploaded);
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    String secret;
    try {
      secret = QuerySecrets.capturing(() -> AsSystem.run(engine, () -> started.set(engine.getFormService()
          .submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(item.code()).latestVersion().singleResult().getId(), variables))));
    } catch (RuntimeException e) {
      throw ApiException.invalid(INVALID, e, FIELD_NAMES);
    }
    String caseNumber = started.get().getBusinessKey();
    for (UploadedFile file : uploaded) {
      materialFiles.store(caseNumber, Purpose.APPLICATION, file);
    }
    AsSystem.run(engine, () -> taskDescriptions.refresh(engine.getTaskService(), caseNumber));
    CaseFile file = caseFiles.get(caseNumber);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("querySecret", secret);
    body.put("status", file.status().name());
    body.put("statusLabel", file.status().label());
    body.put("path", path);
    body.put("notices", notices.ofCase(caseNumber).stream().map(n -> ApplicantController.notice(n)).toList());
    return body;
  }

  /** 补正 / 容缺补齐 / 整改完成: files (and a note) to a case that waits for them. */
  @Transactional
  public Map<String, Object> submitLater(Submission kind, String caseNumber, String secret, String note,
      Map<String, MultipartFile> files) {
    CaseFile file = requireCase(caseNumber, secret);
    if (!waitsFor(caseNumber, kind.message)) {
      throw ApiException.conflict("NOT_WAITING", "办件 " + caseNumber + " 当前不在等待申请人提交" + kind.label
          + "（办件状态：" + file.status().label() + "）");
    }
    ApprovalItem item = catalogue.get(file.itemCode());
    List<FieldError> errors = new ArrayList<>();
    List<UploadedFile> uploaded = checkFiles(item, files, errors);
    String text = note == null ? null : note.strip();
    if (kind == Submission.RECTIFICATION && (text == null || text.isEmpty())) {
      errors.add(new FieldError("report", "REQUIRED", "请说明整改情况"));
    } else if (kind != Submission.RECTIFICATION && uploaded.isEmpty() && errors.isEmpty()) {
      errors.add(new FieldError("files", "REQUIRED", "请上传" + kind.label + "（每个材料一个文件，名称为材料编码）"));
    }
    if (text != null && text.length() > (kind == Submission.RECTIFICATION ? 4000 : 2000)) {
      errors.add(new FieldError(kind == Submission.RECTIFICATION ? "report" : "note", "TOO_LONG", "说明过长"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(INVALID, errors);
    }
    List<Map<String, Object>> stored = new ArrayList<>();
    for (UploadedFile upload : uploaded) {
      long id = materialFiles.store(caseNumber, kind.purpose, upload);
      stored.add(Map.of("id", id, "materialCode", upload.materialCode(), "sha256", upload.sha256()));
    }
    String summary = "申请人通过网上办事大厅提交" + kind.label
        + (uploaded.isEmpty() ? "" : "：" + String.join("、", uploaded.stream().map(UploadedFile::materialName).toList()))
        + (text == null || text.isEmpty() ? "" : "；说明：" + text);
    Map<String, Object> variables = new HashMap<>();
    if (kind == Submission.RECTIFICATION) {
      variables.put("rectificationReport", text);
    } else {
      caseFiles.recordOpinion(new Opinion(caseNumber, kind == Submission.CORRECTIONS ? "intake" : "supplements",
          null, caller(), "submitted", summary, CaseRecorder.now()));
    }
    try {
      AsSystem.run(engine, () -> engine.getRuntimeService().createMessageCorrelation(kind.message)
          .processInstanceBusinessKey(caseNumber).setVariables(variables).correlate());
    } catch (RuntimeException e) {
      throw ApiException.invalid(INVALID, e, FIELD_NAMES);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("files", stored);
    body.put("status", caseFiles.get(caseNumber).status().name());
    body.put("message", "已收到" + kind.label + "，窗口将审核");
    return body;
  }

  /** 撤回: the applicant withdraws before the decision; the case's processes end with the reason. */
  @Transactional
  public Map<String, Object> withdraw(String caseNumber, String secret, String reason) {
    CaseFile file = requireCase(caseNumber, secret);
    if (DECIDED.contains(file.status()) || file.decidedAt() != null) {
      throw ApiException.conflict("ALREADY_DECIDED", "办件 " + caseNumber + " 已作出许可决定（" + file.status().label()
          + "），不能再撤回申请");
    }
    if (ENDED.contains(file.status())) {
      throw ApiException.conflict("CASE_ENDED", "办件 " + caseNumber + " 已终结（" + file.status().label() + "），无需撤回");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw ApiException.invalid(INVALID, new FieldError("reason", "REQUIRED", "请填写撤回理由"));
    }
    if (text.length() > 500) {
      throw ApiException.invalid(INVALID, new FieldError("reason", "TOO_LONG", "撤回理由不得超过 500 个字符"));
    }
    String deleteReason = "申请人撤回申请：" + text;
    AsSystem.run(engine, () -> {
      var runtime = engine.getRuntimeService();
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .list()) {
        boolean root = runtime.createProcessInstanceQuery().subProcessInstanceId(instance.getId()).count() == 0;
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
        if (root && running) {
          // the listeners of the interrupted steps do not run: the case is ended here, not by its steps
          runtime.deleteProcessInstance(instance.getId(), deleteReason, true, true);
        }
      }
    });
    var now = CaseRecorder.now();
    caseFiles.ended(caseNumber, CaseStatus.WITHDRAWN_BY_APPLICANT, now, text);
    clocks.finish(caseNumber);
    caseFiles.recordOpinion(new Opinion(caseNumber, "withdrawal", null, caller(), "withdrawn", deleteReason, now));
    // the cards' 督办 tasks ended with the case's processes: the cards close with the case
    cards.closeOpen(caseNumber, now, caller(), "申请人撤回申请，办件终结，督办随之关闭");
    var notice = notices.issue(caseNumber, NoticeKind.WITHDRAWAL, Map.of("withdrawnDate",
        NoticeService.CHINESE_DATE.format(now.atZoneSameInstant(WorkingDayCalendar.ZONE))));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("status", CaseStatus.WITHDRAWN_BY_APPLICANT.name());
    body.put("statusLabel", CaseStatus.WITHDRAWN_BY_APPLICANT.label());
    body.put("notice", ApplicantController.notice(notice));
    return body;
  }

  /** The case, if the query code proves it (unknown case and wrong code alike: 404). */
  CaseFile requireCase(String caseNumber, String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      throw ApiException.notFound("NOT_FOUND", "办件编号或查询码不正确");
    }
    return caseFiles.get(caseNumber);
  }

  boolean waitsFor(String caseNumber, String message) {
    AtomicReference<Long> count = new AtomicReference<>(0L);
    AsSystem.run(engine, () -> count.set(engine.getRuntimeService().createExecutionQuery()
        .processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(message).count()));
    return count.get() > 0;
  }

  /** The portal's client (the engine's current authentication). */
  String caller() {
    var authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? "portal" : authentication.getUserId();
  }

  private Map<String, Object> startForm(Application application, ApprovalItem item, Bureau bureau, String applicantId,
      String path, List<String> deficient, List<UploadedFile> uploaded) {
    Map<String, Object> form = new HashMap<>();
    Applicant applicant = application.applicant();
    Contact contact = application.contact() == null ? new Contact(null, null) : application.contact();
    form.put("applicantName", applicant.name());
    form.put("applicantIdType", applicant.idType());
    form.put("applicantId", applicantId);
    form.put("contactName", contact.name());
    form.put("contactPhone", contact.phone());
    form.put("premisesAddress", application.premisesAddress());
    if (!item.businessScopes().isEmpty()) {
      form.put("businessScope", application.businessScope());
    }
    form.put("materials", Spin.JSON(uploaded.stream().map(UploadedFile::materialCode).toList()));
    form.put(BureauTenantIdProvider.CASE_BUREAU, bureau.id());
    // what the applicant asked for online, appended to the case summary of the window's 受理审查 (the window decides)
    form.put("applicantPath", path);
    String note = "网上申请" + PATH_LABELS.get(path);
    if ("DEFICIENCY".equals(path)) {
      note += "，申请容缺：" + String.join("、", deficient.stream()
          .map(code -> code + " " + item.material(code).map(Material::name).orElse(code)).toList())
          + "，已在线签署《容缺受理承诺书》";
    } else if ("COMMITMENT".equals(path)) {
      note += "，已在线阅知许可条件并签署《行政许可告知承诺书》";
    }
    form.put(CaseRegistrationListener.ONLINE_NOTE, note + "（是否准许由窗口决定）");
    return form;
  }

  private void checkPath(ApprovalItem item, String path, List<String> deficient, List<String> present,
      Application application, List<FieldError> errors) {
    if (!"DEFICIENCY".equals(path)) {
      if (!deficient.isEmpty()) {
        errors.add(new FieldError("application.deficientMaterials", "NOT_DEFICIENCY_PATH",
            "只有容缺受理（path = DEFICIENCY）才能声明容缺材料"));
      }
      if ("COMMITMENT".equals(path) && !Boolean.TRUE.equals(application.commitmentAccepted())) {
        errors.add(new FieldError("application.commitmentAccepted", "REQUIRED",
            "告知承诺须由申请人确认已阅知许可条件并承诺符合（commitmentAccepted = true）"));
      }
      return;
    }
    if (deficient.isEmpty()) {
      errors.add(new FieldError("application.deficientMaterials", "REQUIRED", "容缺受理须列出欠缺的材料编码"));
    }
    for (String code : deficient) {
      if (!item.deficiency().allowed() || !item.deficiency().materials().contains(code)) {
        errors.add(new FieldError("application.deficientMaterials", "NOT_TOLERATED", "材料 " + code + " "
            + item.material(code).map(Material::name).orElse("") + " 不在本事项的容缺材料清单中"
            + (item.deficiency().allowed() ? "（可容缺：" + String.join("、", item.deficiency().materials()) + "）"
                : "（本事项不适用容缺受理）")));
      } else if (present.contains(code)) {
        errors.add(new FieldError("application.deficientMaterials", "CONFLICT", "材料 " + code + " 已上传，不能同时声明容缺"));
      }
    }
    if (!Boolean.TRUE.equals(application.pledgeSigned())) {
      errors.add(new FieldError("application.pledgeSigned", "REQUIRED",
          "容缺受理须由申请人签署《容缺受理承诺书》，承诺限期补齐（pledgeSigned = true）"));
    }
  }

  private List<UploadedFile> checkFiles(ApprovalItem item, Map<String, MultipartFile> files, List<FieldError> errors) {
    List<UploadedFile> accepted = new ArrayList<>();
    for (Map.Entry<String, MultipartFile> part : new TreeMap<>(files).entrySet()) {
      String field = "files." + part.getKey();
      Material material = item.material(part.getKey()).orElse(null);
      if (material == null) {
        errors.add(new FieldError(field, "UNKNOWN_MATERIAL", "文件部分 " + part.getKey() + " 不是本事项的材料编码（可用："
            + String.join("、", item.materials().stream().map(Material::code).toList()) + "）"));
        continue;
      }
      UploadedFile.Result result = UploadedFile.of(field, material.code(), material.name(), part.getValue());
      result.accepted().ifPresentOrElse(accepted::add, () -> errors.add(result.error()));
    }
    return accepted;
  }

  private static String applicantId(Applicant applicant, List<FieldError> errors) {
    if (applicant == null) {
      errors.add(new FieldError("application.applicant", "REQUIRED", "请填写申请人"));
      return null;
    }
    if (applicant.idType() == null || !CaseRegistrationListener.ID_TYPES.containsKey(applicant.idType())) {
      errors.add(new FieldError("application.applicant.idType", "INVALID_CHOICE",
          "证件类型只能是 USCC（统一社会信用代码）或 RESIDENT_ID（公民身份号码）"));
      return null;
    }
    if (applicant.id() == null || applicant.id().isBlank()) {
      errors.add(new FieldError("application.applicant.id", "REQUIRED", "请填写证件号码"));
      return null;
    }
    String id = applicant.id().strip().toUpperCase();
    String problem = ApplicantIds.USCC.equals(applicant.idType()) ? ApplicantIds.checkUscc(id)
        : ApplicantIds.checkResidentId(id, WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime()));
    if (problem != null) {
      errors.add(new FieldError("application.applicant.id", "INVALID_CHECKSUM", problem));
      return null;
    }
    return id;
  }

  private Application parse(String applicationJson) {
    if (applicationJson == null || applicationJson.isBlank()) {
      throw ApiException.invalid(INVALID, new FieldError("application", "REQUIRED",
          "缺少申请信息（multipart 部分 application，JSON）"));
    }
    try {
      return json.readValue(applicationJson, Application.class);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(INVALID, new FieldError("application", "INVALID_JSON",
          "申请信息不是有效的 JSON：" + e.getOriginalMessage()));
    }
  }
}
