package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.ApplicantCases.FIELD_NAMES;
import static cn.gov.oneseal.portal.ApplicantCases.INVALID;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.BureauTenantIdProvider;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.intake.CaseRegistrationListener;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.ApplicantAnswers.ApplicationReceived;
import cn.gov.oneseal.portal.ApplicantAnswers.NoticeLink;
import cn.gov.oneseal.portal.ApplicationCheck.Checked;
import cn.gov.oneseal.portal.MaterialFiles.Purpose;
import cn.gov.oneseal.security.AsSystem;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 网上申请: an application checked ({@link ApplicationCheck}) and registered exactly as the window's 收件登记 start
 * form registers it (the start listener {@code caseRegistrationListener} validates, numbers, records and issues the
 * 收件凭证), with the files stored beside the case, in one transaction (the engine shares the data source): a
 * refused application leaves nothing written. Made idempotent by its caller ({@link ApplicationController}).
 */
@Service
class Applications {

  private final ProcessEngine engine;
  private final ApplicationCheck check;
  private final CaseFiles caseFiles;
  private final MaterialFiles materialFiles;
  private final NoticeService notices;
  private final CaseMaterialsTaskListener taskDescriptions;

  Applications(ProcessEngine engine, ApplicationCheck check, CaseFiles caseFiles, MaterialFiles materialFiles,
      NoticeService notices, CaseMaterialsTaskListener taskDescriptions) {
    this.engine = engine;
    this.check = check;
    this.caseFiles = caseFiles;
    this.materialFiles = materialFiles;
    this.notices = notices;
    this.taskDescriptions = taskDescriptions;
  }

  /** The application with one file per material (part name = material code). */
  @Transactional
  public ApplicationReceived submit(String applicationJson, Map<String, MultipartFile> files) {
    Checked application = check.check(applicationJson, files);
    Map<String, Object> variables = startForm(application);
    QuerySecrets.Issued<ProcessInstance> registered;
    try {
      registered = QuerySecrets.issuing(() -> AsSystem.call(engine, () -> engine.getFormService()
          .submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(application.item().code()).latestVersion().singleResult().getId(), variables)));
    } catch (RuntimeException e) {
      throw ApiException.invalid(INVALID, e, FIELD_NAMES);
    }
    String caseNumber = registered.result().getBusinessKey();
    for (UploadedFile file : application.files()) {
      materialFiles.store(caseNumber, Purpose.APPLICATION, file);
    }
    AsSystem.run(engine, () -> taskDescriptions.refresh(engine.getTaskService(), caseNumber));
    CaseFile file = caseFiles.get(caseNumber);
    return new ApplicationReceived(caseNumber, registered.querySecret(), file.status().name(), file.status().label(),
        application.path(), notices.ofCase(caseNumber).stream().map(NoticeLink::of).toList());
  }

  /** The start form's variables, as the window's 收件登记 would submit them. */
  private static Map<String, Object> startForm(Checked checked) {
    Map<String, Object> form = new HashMap<>();
    Application application = checked.application();
    Application.Applicant applicant = application.applicant();
    Application.Contact contact = application.contact() == null ? new Application.Contact(null, null, null)
        : application.contact();
    form.put("applicantName", applicant.name());
    form.put("applicantIdType", applicant.idType());
    form.put("applicantId", checked.applicantId());
    form.put("contactName", contact.name());
    form.put("contactPhone", contact.phone());
    if (contact.email() != null && !contact.email().isBlank()) {
      form.put("contactEmail", contact.email());
    }
    form.put("premisesAddress", application.premisesAddress());
    if (!checked.item().businessScopes().isEmpty()) {
      form.put("businessScope", application.businessScope());
    }
    form.put("materials", Spin.JSON(checked.files().stream().map(UploadedFile::materialCode).toList()));
    form.put(BureauTenantIdProvider.CASE_BUREAU, checked.bureau().id());
    // what the applicant asked for online, appended to the case summary of the window's 受理审查 (the window decides)
    String path = checked.path();
    form.put("applicantPath", path);
    String note = "网上申请" + ApplicationCheck.PATH_LABELS.get(path);
    if ("DEFICIENCY".equals(path)) {
      note += "，申请容缺：" + String.join("、", checked.deficient().stream()
          .map(code -> code + " " + checked.item().material(code).map(Material::name).orElse(code)).toList())
          + "，已在线签署《容缺受理承诺书》";
    } else if ("COMMITMENT".equals(path)) {
      note += "，已在线阅知许可条件并签署《行政许可告知承诺书》";
    }
    form.put(CaseRegistrationListener.ONLINE_NOTE, note + "（是否准许由窗口决定）");
    return form;
  }
}
