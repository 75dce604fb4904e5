package cn.gov.oneseal.complaint;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.bureau.BureauTenantIdProvider;
import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.process.Messages;
import cn.gov.oneseal.security.AsSystem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A complaint from the API (the portal, a regulator's system): the request read field by field (a wrongly typed value
 * is refused by its name), the attachments checked, then the process started by its message as the system — its filing
 * listener checks the rest, in the same words as the window's form — and the attachments stored, all in one
 * transaction: a refusal writes nothing.
 */
@Service
class ComplaintSubmissions {

  static final String INVALID = "INVALID_COMPLAINT";

  /** 201: the number, the query code (answered this once), where it stands and by when it is registered. */
  record Filed(String complaintNumber, String querySecret, String status, String statusLabel,
      OffsetDateTime registrationDue) {}

  private final ProcessEngine engine;
  private final Complaints complaints;
  private final ComplaintAttachments attachments;
  private final ComplaintProperties properties;
  private final Bureaus bureaus;
  private final ObjectMapper json;

  ComplaintSubmissions(ProcessEngine engine, Complaints complaints, ComplaintAttachments attachments,
      ComplaintProperties properties, Bureaus bureaus, ObjectMapper json) {
    this.engine = engine;
    this.complaints = complaints;
    this.attachments = attachments;
    this.properties = properties;
    this.bureaus = bureaus;
    this.json = json;
  }

  /** Files the complaint ({@code file}: the case it names, already proven by the caller; or null). */
  @Transactional
  public Filed file(String body, Map<String, MultipartFile> files, ComplaintChannel channel, CaseFile file,
      String caller) {
    JsonNode request = read(body);
    List<FieldError> errors = new ArrayList<>();
    VariableMap variables = Variables.createVariables();
    variables.putValue(FormFields.COMPLAINT_CHANNEL, channel.name());
    text(request, "kind", FormFields.COMPLAINT_KIND, variables, errors);
    text(request, "facts", FormFields.COMPLAINT_FACTS, variables, errors);
    text(request, "occurredOn", FormFields.OCCURRED_ON, variables, errors);
    text(request, "officer", FormFields.NAMED_OFFICER_TEXT, variables, errors);
    text(request, "step", FormFields.NAMED_STEP, variables, errors);
    flag(request, "anonymous", FormFields.ANONYMOUS, variables, errors);
    flag(request, "urgent", FormFields.URGENT, variables, errors);
    JsonNode complainant = request.path("complainant");
    if (!complainant.isMissingNode() && !complainant.isNull() && !complainant.isObject()) {
      errors.add(new FieldError("complainant", "INVALID_TYPE", "complainant 应为对象 {name, phone, email}"));
    } else {
      text(complainant, "complainant.name", FormFields.COMPLAINANT_NAME, variables, errors);
      text(complainant, "complainant.phone", FormFields.CONTACT_PHONE, variables, errors);
      text(complainant, "complainant.email", FormFields.CONTACT_EMAIL, variables, errors);
    }
    JsonNode named = request.path("caseNumber");
    if (!named.isMissingNode() && !named.isNull() && !named.isTextual()) {
      errors.add(new FieldError("caseNumber", "INVALID_TYPE", "caseNumber 应为文本（办件编号）"));
    }
    // a complaint about a case goes to the bureau that decides it, as from the window (bureau/BureauTenantIdProvider)
    String bureau = file != null ? null : bureau(request, errors);
    List<ComplaintAttachments.Upload> uploads = ComplaintAttachments.check(files, properties.maxAttachments(), errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(INVALID, errors);
    }
    if (file != null) {
      variables.putValue(CaseVariables.CASE_NUMBER, file.caseNumber());
    }
    if (bureau != null) {
      variables.putValue(BureauTenantIdProvider.CASE_BUREAU, bureau);
    }
    String secret = QuerySecrets.newCode();
    variables.putValue(ComplaintFiling.QUERY_SECRET, Variables.stringValue(secret, true));
    String number;
    try {
      number = AsSystem.call(engine, () -> engine.getRuntimeService()
          .startProcessInstanceByMessage(Messages.COMPLAINT_FILED, variables).getBusinessKey());
    } catch (RuntimeException e) {
      throw ApiException.invalid(INVALID, e, ComplaintFiling.API_FIELDS);
    }
    Complaint complaint = complaints.byNumber(number).orElseThrow();
    uploads.forEach(upload -> attachments.store(complaint.id(), upload, caller));
    return new Filed(number, secret, complaint.status().name(), complaint.status().label(),
        complaint.registrationDue());
  }

  /** The case number the request names (for the caller to prove it first), or null; a malformed body: null too. */
  String caseNumberOf(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : json.readTree(body);
      JsonNode number = node == null ? null : node.path("caseNumber");
      return number != null && number.isTextual() && !number.asText().isBlank() ? number.asText().strip() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      throw ApiException.invalid(INVALID, new FieldError("complaint", "REQUIRED", "请提交投诉内容（JSON）"));
    }
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw ApiException.invalid(INVALID, new FieldError("complaint", "INVALID_TYPE", "投诉内容应为 JSON 对象"));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(INVALID, new FieldError("complaint", "INVALID_JSON", "投诉内容不是有效的 JSON"));
    }
  }

  private String bureau(JsonNode request, List<FieldError> errors) {
    JsonNode id = request.path("bureauId");
    if (id.isMissingNode() || id.isNull()) {
      return bureaus.city().id();
    }
    if (!id.isTextual() || bureaus.find(id.asText()).isEmpty()) {
      errors.add(new FieldError("bureauId", "NOT_FOUND", "没有编号为 " + id.asText() + " 的行政审批局（可用："
          + String.join("、", bureaus.bureaus().stream().map(b -> b.id() + " " + b.name()).toList()) + "）"));
      return null;
    }
    return id.asText();
  }

  private static void text(JsonNode node, String field, String variable, VariableMap variables,
      List<FieldError> errors) {
    JsonNode value = node.path(field.contains(".") ? field.substring(field.indexOf('.') + 1) : field);
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (!value.isTextual()) {
      errors.add(new FieldError(field, "INVALID_TYPE", field + " 应为文本"));
      return;
    }
    if (value.asText().indexOf('\u0000') >= 0) {
      errors.add(new FieldError(field, "INVALID_CHARACTER", field + " 不得含有空字符（U+0000）"));
      return;
    }
    // the complainant's name and contact are read by the filing and kept in its table only: transient, they leave no
    // trace in the engine's variable history either
    variables.putValue(variable, PERSONAL.contains(variable) ? Variables.stringValue(value.asText(), true)
        : value.asText());
  }

  private static final Set<String> PERSONAL = Set.of(FormFields.COMPLAINANT_NAME,
      FormFields.CONTACT_PHONE, FormFields.CONTACT_EMAIL);

  private static void flag(JsonNode node, String field, String variable, VariableMap variables,
      List<FieldError> errors) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (!value.isBoolean()) {
      errors.add(new FieldError(field, "INVALID_TYPE", field + " 应为 true 或 false"));
      return;
    }
    variables.putValue(variable, value.asBoolean());
  }
}
