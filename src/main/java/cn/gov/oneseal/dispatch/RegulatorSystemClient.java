package cn.gov.oneseal.dispatch;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends a decision to the regulator's system: {@code POST} JSON with the header
 * {@code Idempotency-Key: OneSeal-<caseNumber>-decision} (the same on every retry, so the receiver
 * keeps it once). Anything but a 2xx answer fails the job, which the engine retries and finally
 * shows as an incident.
 */
@Component("regulatorSystemClient")
public class RegulatorSystemClient implements JavaDelegate {

  private final RegulatorSystems systems;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final ObjectMapper json;
  private final HttpClient http;

  public RegulatorSystemClient(RegulatorSystems systems, CaseFiles caseFiles, ItemCatalogue catalogue,
      ObjectMapper json) {
    this.systems = systems;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(systems.timeout()).build();
  }

  public static String idempotencyKey(String caseNumber) {
    return "OneSeal-" + caseNumber + "-decision";
  }

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    String caseNumber = execution.getProcessBusinessKey();
    String group = (String) execution.getVariable("regulatorGroup");
    URI endpoint = systems.endpoint(group).orElseThrow(() -> new IllegalStateException(
        "监管部门 " + group + " 的业务系统地址未配置（oneseal.regulators.endpoints." + group + "）"));
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseNumber", caseNumber);
    body.put("itemCode", item.code());
    body.put("itemName", item.name());
    body.put("status", file.status().name());
    body.put("decidedAt", file.decidedAt() == null ? null : file.decidedAt().toString());
    body.put("licenceNumber", file.licenceNumber());
    body.put("licenceValidUntil", file.licenceValidUntil() == null ? null : file.licenceValidUntil().toString());
    body.put("holderName", file.applicantName());
    body.put("holderId", file.applicantId());
    body.put("premisesAddress", file.premisesAddress());
    body.put("bureauId", file.bureauId());
    body.put("regulatorGroup", group);
    HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(systems.timeout())
        .header("Content-Type", "application/json;charset=UTF-8")
        .header("Idempotency-Key", idempotencyKey(caseNumber))
        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("监管部门系统 " + endpoint + " 回复 HTTP " + response.statusCode() + "："
          + response.body().substring(0, Math.min(200, response.body().length())));
    }
  }
}
