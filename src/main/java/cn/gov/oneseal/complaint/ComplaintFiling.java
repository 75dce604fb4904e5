package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.ContactEmails;
import cn.gov.oneseal.casefile.Counters;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.security.AsSystem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A complaint filed, from either start event of {@value ComplaintProcess#KEY}: the window's start form (a visit, a
 * phone call, a 12345 transfer, a letter) or the API's start message (the portal, a regulator's system). The fields
 * are checked (every refusal names its field, nothing is written), the complaint gets its number (TS + date +
 * sequence) and query code, and is recorded with its registration deadline; the process carries what its forms show.
 */
@Component
class ComplaintFiling {

  static final String FORM = "Form_FileComplaint";
  /** The query code the API chose (a transient start variable; the window's complaints get one here). */
  static final String QUERY_SECRET = "complaintQuerySecret";
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Set<ComplaintChannel> WINDOW_CHANNELS = Set.of(ComplaintChannel.WINDOW, ComplaintChannel.PHONE,
      ComplaintChannel.HOTLINE, ComplaintChannel.LETTER);

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final Complaints complaints;
  private final ComplaintOfficers officers;
  private final Counters counters;
  private final WorkingDayCalendar calendar;
  private final ComplaintProperties properties;
  private final ApplicationEventPublisher events;

  ComplaintFiling(CaseFiles caseFiles, ItemCatalogue catalogue, Complaints complaints, ComplaintOfficers officers,
      Counters counters, WorkingDayCalendar calendar, ComplaintProperties properties,
      ApplicationEventPublisher events) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.complaints = complaints;
    this.officers = officers;
    this.counters = counters;
    this.calendar = calendar;
    this.properties = properties;
    this.events = events;
  }

  /** Checks and records the complaint the start event received ({@code byApi}: the start message). */
  void file(DelegateExecution execution, boolean byApi) {
    FormInput in = FormInput.of(execution, FORM);
    ComplaintChannel channel = channel(in, execution.getVariable(FormFields.COMPLAINT_CHANNEL), byApi);
    String hotline = channel == ComplaintChannel.HOTLINE
        ? in.text(FormFields.HOTLINE_REFERENCE, in.label(FormFields.HOTLINE_REFERENCE), 50) : null;
    String caseNumber = in.optionalText(CaseVariables.CASE_NUMBER, "涉及的办件编号", 32);
    ComplaintKind kind = ComplaintKind.of(execution.getVariable(FormFields.COMPLAINT_KIND)).orElse(null);
    if (kind == null) {
      in.reject(FormFields.COMPLAINT_KIND, "INVALID_CHOICE", "投诉类别只能是：" + ComplaintKind.choices());
    }
    String facts = in.text(FormFields.COMPLAINT_FACTS, in.label(FormFields.COMPLAINT_FACTS), 2000);
    LocalDate occurredOn = in.date(FormFields.OCCURRED_ON, "发生日期");
    if (occurredOn != null && occurredOn.isAfter(dayOf(ClockUtil.getCurrentTime()))) {
      in.reject(FormFields.OCCURRED_ON, "IN_FUTURE", "发生日期不能晚于今天");
    }
    String namedText = in.optionalText(FormFields.NAMED_OFFICER_TEXT, in.label(FormFields.NAMED_OFFICER_TEXT), 100);
    String namedStep = in.optionalText(FormFields.NAMED_STEP, in.label(FormFields.NAMED_STEP), 100);
    boolean anonymous = Boolean.TRUE.equals(execution.getVariable(FormFields.ANONYMOUS));
    String name = anonymous ? null : in.optionalText(FormFields.COMPLAINANT_NAME, "投诉人姓名", 50);
    String phone = in.optionalText(FormFields.CONTACT_PHONE, "联系电话", 30);
    String email = in.optionalText(FormFields.CONTACT_EMAIL, "电子邮箱", 100);
    contact(in, anonymous, name, phone, email);
    CaseFile file = null;
    if (caseNumber != null && !caseNumber.isEmpty()) {
      file = caseFiles.find(caseNumber).orElse(null);
      if (file == null) {
        in.reject(CaseVariables.CASE_NUMBER, "NOT_FOUND", "办件编号 " + caseNumber + " 不存在");
      }
    }
    in.validate();

    Date now = ClockUtil.getCurrentTime();
    String bureauId = execution.getTenantId() != null ? execution.getTenantId()
        : file != null ? file.bureauId() : "city";
    String number = "TS" + dayOf(now).format(DAY) + String.format("%04d",
        counters.next("complaint-" + dayOf(now).format(DAY)));
    String secret = execution.getVariable(QUERY_SECRET) instanceof String given ? given : QuerySecrets.newCode();
    WorkingDayCalendar.Deadline due = calendar.due(now, properties.registrationWorkingDays());
    String filedBy = Officer.of(execution);
    long id = complaints.insert(new Complaints.Filed(number, Sha256.hex(secret), file == null ? null
        : file.caseNumber(), bureauId, file == null ? null : file.itemCode(), channel, hotline, filedBy, anonymous,
        name, blankToNull(phone), blankToNull(email), kind, facts, occurredOn, namedText, namedStep,
        Boolean.TRUE.equals(execution.getVariable(FormFields.URGENT)), due.due()));
    Complaint complaint = complaints.get(id);

    execution.setProcessBusinessKey(number);
    // the complainant and their contact live in the complaint's table only: every task of the process (the named
    // officer's statement among them) could otherwise read them as variables
    for (String personal : List.of(QUERY_SECRET, FormFields.COMPLAINANT_NAME, FormFields.CONTACT_PHONE,
        FormFields.CONTACT_EMAIL, FormFields.ANONYMOUS, FormFields.HOTLINE_REFERENCE)) {
      execution.removeVariable(personal);
    }
    execution.setVariable(CaseVariables.COMPLAINT_ID, id);
    execution.setVariable(CaseVariables.COMPLAINT_NUMBER, number);
    execution.setVariable(CaseVariables.COMPLAINT_SUMMARY, summary(complaint, file));
    execution.setVariable(CaseVariables.COMPLAINT_REGISTRATION_DUE, due.due());
    String aboutCase = file == null ? null : file.caseNumber();
    execution.setVariable(CaseVariables.CASE_OPEN, aboutCase != null && AsSystem.call(() -> execution
        .getProcessEngineServices().getTaskService().createTaskQuery().processInstanceBusinessKey(aboutCase)
        .count() > 0));
    SpinJsonNode options = officers.officerOptions(aboutCase, bureauId);
    execution.setVariable(CaseVariables.OFFICER_OPTIONS, options);
    execution.setVariable(CaseVariables.INVESTIGATOR_OPTIONS, officers.investigatorOptions(bureauId));
    officers.named(namedText, options).ifPresent(officer -> execution.setVariable(FormFields.NAMED_OFFICER, officer));
    events.publishEvent(new ComplaintNews(complaint, ComplaintNews.Kind.FILED, byApi ? null : secret));
  }

  /** The line every task of the complaint shows. */
  String summary(Complaint c, CaseFile file) {
    return c.summary() + (file == null ? "；未涉及具体办件"
        : "；涉及办件 " + file.caseNumber() + "（" + catalogue.get(file.itemCode()).name() + "，" + file.applicantName()
            + "，" + file.status().label() + "）")
        + "；登记期限 " + dayOf(Date.from(c.registrationDue().toInstant()));
  }

  private static ComplaintChannel channel(FormInput in, Object raw, boolean byApi) {
    ComplaintChannel channel = null;
    for (ComplaintChannel c : ComplaintChannel.values()) {
      if (c.name().equals(raw)) {
        channel = c;
      }
    }
    boolean fits = channel != null && (byApi ? !WINDOW_CHANNELS.contains(channel) : WINDOW_CHANNELS.contains(channel));
    if (!fits) {
      in.reject(FormFields.COMPLAINT_CHANNEL, "INVALID_CHOICE", byApi ? "投诉渠道只能是 PORTAL 或 REGULATOR"
          : "投诉渠道只能是：窗口当面投诉、电话投诉、12345 热线转办、来信");
      return null;
    }
    return channel;
  }

  private void contact(FormInput in, boolean anonymous, String name, String phone, String email) {
    contactErrors(properties.anonymousAllowed(), anonymous, name, phone, email)
        .forEach(e -> in.reject(e.field(), e.code(), e.message()));
  }

  /** What is wrong with the complainant's name and contact, given whether the bureau takes anonymous complaints. */
  static List<FieldError> contactErrors(boolean anonymousAllowed, boolean anonymous, String name, String phone,
      String email) {
    List<FieldError> errors = new ArrayList<>();
    if (anonymous && !anonymousAllowed) {
      errors.add(new FieldError(FormFields.ANONYMOUS, "NOT_ALLOWED", "本局不受理匿名投诉，请留下投诉人姓名和联系方式"));
    }
    if (!anonymous && (name == null || name.isEmpty())) {
      errors.add(new FieldError(FormFields.COMPLAINANT_NAME, "REQUIRED", "投诉人姓名必填（匿名投诉请勾选匿名）"));
    }
    boolean noPhone = phone == null || phone.isEmpty();
    boolean noEmail = email == null || email.isEmpty();
    if (!anonymous && noPhone && noEmail) {
      errors.add(new FieldError(FormFields.CONTACT_PHONE, "REQUIRED", "请留下联系电话或电子邮箱，以便告知答复"));
    }
    if (!noPhone && !phone.matches("\\+?[0-9][0-9 -]{5,28}")) {
      errors.add(new FieldError(FormFields.CONTACT_PHONE, "INVALID_FORMAT",
          "联系电话只能由数字、空格和连字符组成（例如 13812345678 或 0512-66881234）"));
    }
    if (!noEmail && !ContactEmails.valid(email)) {
      errors.add(new FieldError(FormFields.CONTACT_EMAIL, "INVALID_FORMAT", ContactEmails.PROBLEM));
    }
    return errors;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** For the API: the field names of the start variables its answers use. */
  static final Map<String, String> API_FIELDS = Map.ofEntries(Map.entry(FormFields.COMPLAINT_KIND, "kind"),
      Map.entry(FormFields.COMPLAINT_FACTS, "facts"), Map.entry(FormFields.OCCURRED_ON, "occurredOn"),
      Map.entry(FormFields.NAMED_OFFICER_TEXT, "officer"), Map.entry(FormFields.NAMED_STEP, "step"),
      Map.entry(FormFields.ANONYMOUS, "anonymous"), Map.entry(FormFields.COMPLAINANT_NAME, "complainant.name"),
      Map.entry(FormFields.CONTACT_PHONE, "complainant.phone"),
      Map.entry(FormFields.CONTACT_EMAIL, "complainant.email"), Map.entry(CaseVariables.CASE_NUMBER, "caseNumber"),
      Map.entry(FormFields.URGENT, "urgent"), Map.entry(FormFields.COMPLAINT_CHANNEL, "channel"));
}
