package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.process.CaseVariables;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Posts to the regulator's system: {@code POST} JSON (what every post carries — kind, case, item,
 * holder, licence — plus the kind's own fields, see {@link NotificationContent}) with the header
 * {@code Idempotency-Key: OneSeal-<caseNumber>-<kind>[-<report id>]} (the same on every retry, so the
 * receiver keeps it once). Anything but a 2xx answer fails the job, which the engine retries and
 * finally shows as an incident.
 */
@Component("regulatorSystemClient")
public class RegulatorSystemClient implements JavaDelegate {

  private final RegulatorSystems systems;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final ObjectMapper json;
  private final HttpClient http;
  private final Map<NotificationKind, NotificationContent> contents = new EnumMap<>(NotificationKind.class);

  public RegulatorSystemClient(RegulatorSystems systems, CaseFiles caseFiles, ItemCatalogue catalogue,
      ObjectMapper json, List<NotificationContent> contents) {
    this.systems = systems;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(systems.timeout()).build();
    contents.forEach(content -> this.contents.put(content.kind(), content));
  }

  /** The key of a decision. */
  public static String idempotencyKey(String caseNumber) {
    return idempotencyKey(caseNumber, NotificationKind.DECISION, null);
  }

  public static String idempotencyKey(String caseNumber, NotificationKind kind, Long reportId) {
    return "OneSeal-" + caseNumber + "-" + kind.key() + (reportId == null ? "" : "-" + reportId);
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    String caseNumber = execution.getProcessBusinessKey();
    String group = (String) execution.getVariable(CaseVariables.REGULATOR_GROUP);
    // instances started before notifications had kinds carry decisions
    Object kindName = execution.getVariable(RegulatorNotification.KIND);
    NotificationKind kind = kindName == null ? NotificationKind.DECISION : NotificationKind.valueOf((String) kindName);
    Long reportId = execution.getVariable(RegulatorNotification.REPORT_ID) instanceof Number n ? n.longValue() : null;
    URI endpoint = systems.endpoint(group).orElseThrow(() -> new IllegalStateException(
        "监管部门 " + group + " 的业务系统地址未配置（oneseal.regulators.endpoints." + group + "）"));
    NotificationContent content = contents.get(kind);
    if (content == null) {
      throw new IllegalStateException("没有 " + kind + " 类推送的内容");
    }
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind.key());
    body.put("caseNumber", caseNumber);
    body.put("itemCode", item.code());
    body.put("itemName", item.name());
    body.put("licenceNumber", file.licenceNumber());
    body.put("holderName", file.applicantName());
    body.put("holderId", file.applicantId());
    body.putAll(content.body(caseNumber, reportId));
    body.put("bureauId", file.bureauId());
    body.put("regulatorGroup", group);
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(systems.timeout())
        .header("Content-Type", "application/json;charset=UTF-8")
        .header("Idempotency-Key", idempotencyKey(caseNumber, kind, reportId))
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("监管部门系统 " + endpoint + " 回复 HTTP " + response.statusCode() + "："
          + response.body().substring(0, Math.min(200, response.body().length())));
    }
  }
}
