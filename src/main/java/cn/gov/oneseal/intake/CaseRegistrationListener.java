package cn.gov.oneseal.intake;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.ApplicantIds;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseNumbers;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.ContactEmails;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * 收件: registers the application submitted with the start form. Validates the applicant's data on
 * the server, gives the case its number (the business key — always the bureau's own: a key sent with the start form
 * is refused), stores the application and its materials, issues the 收件凭证 with the applicant's query code and
 * leaves a few small variables for the officers' forms.
 */
@Component("caseRegistrationListener")
public class CaseRegistrationListener implements ExecutionListener {

  /** A start variable of an application made online (网上申请): the way the applicant asked for, for the summary. */
  public static final String ONLINE_NOTE = CaseVariables.APPLICANT_PATH_NOTE;

  /** The kinds of applicant id, as the start forms offer them (统一社会信用代码, 公民身份号码). */
  public static final Map<String, String> ID_TYPES = FormChoices.options("Form_RegisterFoodBusinessLicence",
      FormFields.APPLICANT_ID_TYPE);

  private final ItemCatalogue catalogue;
  private final CaseFiles caseFiles;
  private final CaseNumbers caseNumbers;
  private final Bureaus bureaus;
  private final NoticeService notices;
  private final QuerySecrets querySecrets;

  public CaseRegistrationListener(ItemCatalogue catalogue, CaseFiles caseFiles, CaseNumbers caseNumbers,
      Bureaus bureaus, NoticeService notices, QuerySecrets querySecrets) {
    this.querySecrets = querySecrets;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.caseNumbers = caseNumbers;
    this.bureaus = bureaus;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String itemCode = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    // the item's latest version, whichever node took it: the case keeps it (limits, materials, 容缺 list)
    ItemCatalogue.Versioned version = catalogue.latest(itemCode);
    ApprovalItem item = version.item();
    Date now = ClockUtil.getCurrentTime();

    FormInput in = FormInput.of(execution);
    String applicantName = in.text(FormFields.APPLICANT_NAME, "申请人名称", 200);
    String idType = in.choice(FormFields.APPLICANT_ID_TYPE, "证件类型", ID_TYPES);
    String applicantId = in.text(FormFields.APPLICANT_ID, "证件号码", 32);
    if (idType != null && applicantId != null) {
      String normalised = applicantId.toUpperCase();
      String problem = ApplicantIds.USCC.equals(idType)
          ? ApplicantIds.checkUscc(normalised)
          : ApplicantIds.checkResidentId(normalised, WorkingDayCalendar.dayOf(now));
      if (problem != null) {
        in.reject(FormFields.APPLICANT_ID, "INVALID_CHECKSUM", problem);
      }
      applicantId = normalised;
    }
    String contactName = in.text(FormFields.CONTACT_NAME, "联系人", 100);
    String contactPhone = in.text(FormFields.CONTACT_PHONE, "联系电话", 32);
    if (contactPhone != null && !contactPhone.matches("[0-9+\\-() ]{7,20}")) {
      in.reject(FormFields.CONTACT_PHONE, "INVALID_FORMAT", "联系电话只能包含数字、+、-、括号和空格，7–20 位");
    }
    String contactEmail = in.optionalText(FormFields.CONTACT_EMAIL, "电子邮箱", 254);
    if (contactEmail != null && !contactEmail.isEmpty() && !ContactEmails.valid(contactEmail)) {
      in.reject(FormFields.CONTACT_EMAIL, "INVALID_FORMAT", ContactEmails.PROBLEM);
    }
    String address = in.text(FormFields.PREMISES_ADDRESS, "经营场所或项目地址", 300);
    String scope = item.businessScopes().isEmpty() ? null : in.choice(FormFields.BUSINESS_SCOPE, "主体业态或申请类别", item.businessScopes());
    List<String> materialCodes = in.values(FormFields.MATERIALS, "已收材料");
    for (String code : materialCodes) {
      if (item.material(code).isEmpty()) {
        in.reject(FormFields.MATERIALS, "INVALID_CHOICE", "材料编码 " + code + " 不在本事项的材料清单中");
      }
    }
    String typed = execution.getProcessBusinessKey();
    if (typed != null && !typed.isBlank()) {
      in.reject("businessKey", "NOT_ALLOWED", CaseNumbers.NOT_TYPED);
    }
    in.validate();

    Bureau bureau = bureaus.of(execution.getTenantId());
    String caseNumber = caseNumbers.next(bureau.regionCode(), now, item.type().caseNumberLetter());
    execution.setProcessBusinessKey(caseNumber);
    caseFiles.register(new CaseFile(caseNumber, item.code(), applicantName, idType, applicantId, contactName,
        contactPhone, address, scope, CaseStatus.RECEIVED, WorkingDayCalendar.offsetOf(now), Officer.of(execution),
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        execution.getProcessInstanceId(), bureau.id(), version.version()));
    if (contactEmail != null && !contactEmail.isEmpty()) {
      caseFiles.contactEmail(caseNumber, contactEmail);
    }
    for (String code : materialCodes.stream().distinct().toList()) {
      caseFiles.addMaterial(caseNumber, code, item.material(code).orElseThrow().name());
    }
    notices.issue(caseNumber, NoticeKind.RECEIPT, Map.of("querySecret", querySecrets.issue(caseNumber)));

    String missing = item.materials().stream()
        .filter(m -> m.required() && !materialCodes.contains(m.code()))
        .map(Material::name).collect(Collectors.joining("、"));
    execution.setVariable(FormFields.APPLICANT_ID, applicantId);
    execution.setVariable(CaseVariables.CASE_NUMBER, caseNumber);
    execution.setVariable(CaseVariables.ITEM_CODE, item.code());
    execution.setVariable(CaseVariables.ITEM_NAME, item.name());
    execution.setVariable(CaseVariables.REGULATOR_GROUP, item.regulatorGroup());
    execution.setVariable(CaseVariables.SURVEY_MODE, item.survey().name());
    execution.setVariable(DeficiencyAcceptance.PENDING, false);
    // the options of the correction notice's material checklist (form-js valuesKey)
    execution.setVariable(CaseVariables.MATERIAL_OPTIONS, Spin.JSON(item.materials().stream()
        .map(m -> Map.of("label", m.name(), "value", m.code())).toList()));
    execution.setVariable(CaseVariables.CASE_SUMMARY, applicantName + "（" + ID_TYPES.get(idType) + " " + applicantId + "）；"
        + (scope == null ? "" : item.businessScopes().get(scope) + "；") + "地址：" + address + "；联系人："
        + contactName + " " + contactPhone + (missing.isEmpty() ? "；材料齐全" : "；未收材料：" + missing)
        + (execution.getVariable(ONLINE_NOTE) instanceof String online ? "；" + online : ""));
    execution.removeVariable(FormFields.MATERIALS);
  }
}
