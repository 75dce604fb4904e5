package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.ApplicantCases.INVALID;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.ApplicantIds;
import cn.gov.oneseal.catalogue.ApplicationPaths;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.credit.CreditRecords;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.intake.CaseRegistrationListener;
import cn.gov.oneseal.security.AsSystem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * An online application checked before anything is written: the item, the bureau, the applicant's id and its
 * check character, the files, the declared 容缺 materials and the path the applicant asks for (by the item's
 * rules and the applicant's credit). Every problem is answered at once, field by field (400).
 */
@Component
class ApplicationCheck {

  static final Map<String, String> PATH_LABELS = Map.of(
      "ORDINARY", "一般程序", "DEFICIENCY", "容缺受理", "COMMITMENT", "告知承诺");

  /** An application that passed, with what its registration needs. */
  record Checked(Application application, ApprovalItem item, Bureau bureau, String applicantId, String path,
      List<String> deficient, List<UploadedFile> files) {}

  private final ProcessEngine engine;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final ApplicationPaths paths;
  private final CreditRecords credit;
  private final ObjectMapper json;

  ApplicationCheck(ProcessEngine engine, ItemCatalogue catalogue, Bureaus bureaus, ApplicationPaths paths,
      CreditRecords credit, ObjectMapper json) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.paths = paths;
    this.credit = credit;
    this.json = json;
  }

  /** The application (the JSON part) and its files (part name = material code), or 400 with every problem. */
  Checked check(String applicationJson, Map<String, MultipartFile> files) {
    Application application = parse(applicationJson);
    List<FieldError> errors = new ArrayList<>();
    // the item's latest catalogue version, whichever node took it: the one the case will be registered under
    ApprovalItem item = application.itemCode() == null || application.itemCode().isBlank() ? null
        : catalogue.find(application.itemCode().strip()).map(known -> catalogue.latest(known.code()).item())
            .orElse(null);
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
      uploaded = UploadedFile.ofParts(item, files, errors);
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
        ApplicationPaths.Verdict verdict = AsSystem.call(engine,
            () -> paths.evaluate(item, requested, credit.standing(applicantId)));
        if (!verdict.allowed()) {
          errors.add(new FieldError("application.path", "PATH_NOT_ALLOWED",
              PATH_LABELS.get(path) + "不适用：" + verdict.reason()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(INVALID, errors);
    }
    return new Checked(application, item, bureau, applicantId, path, deficient, uploaded);
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

  private static String applicantId(Application.Applicant applicant, List<FieldError> errors) {
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
      throw ApiException.invalid(INVALID, new FieldError("application", "INVALID_JSON", unreadable(e)));
    }
  }

  /** Why the application could not be read, in Chinese, naming the field but no class of ours. */
  static String unreadable(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(java.util.stream.Collectors.joining()).substring(1);
      return "申请信息中 " + field + " 的值不是所需的类型" + where;
    }
    return "申请信息不是有效的 JSON" + where;
  }
}
