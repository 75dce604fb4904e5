package cn.gov.oneseal.portal;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.security.AsSystem;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * What every request of the online hall about one case needs: the case proven by its number and query code,
 * whether it waits for the applicant, and who calls (the portal's client); with the portal's 400 code and the
 * API's names of the start form's fields.
 */
@Component
class ApplicantCases {

  /** The top-level code of the portal's 400 answers. */
  static final String INVALID = "INVALID";

  /** The start form's fields (as the registration's listener names them in its refusals) under the API's names. */
  static final Map<String, String> FIELD_NAMES = Map.of(
      "applicantName", "application.applicant.name",
      "applicantIdType", "application.applicant.idType",
      "applicantId", "application.applicant.id",
      "contactName", "application.contact.name",
      "contactPhone", "application.contact.phone", "contactEmail", "application.contact.email",
      "premisesAddress", "application.premisesAddress",
      "businessScope", "application.businessScope",
      "materials", "files");

  private final ProcessEngine engine;
  private final QuerySecrets secrets;
  private final CaseFiles caseFiles;

  ApplicantCases(ProcessEngine engine, QuerySecrets secrets, CaseFiles caseFiles) {
    this.engine = engine;
    this.secrets = secrets;
    this.caseFiles = caseFiles;
  }

  /** The case, if the query code proves it (unknown case and wrong code alike: 404). */
  CaseFile requireCase(String caseNumber, String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      throw ApiException.notFound("NOT_FOUND", "办件编号或查询码不正确");
    }
    return caseFiles.get(caseNumber);
  }

  /** Whether the case (its process or one of its stages) waits for the message. */
  boolean waitsFor(String caseNumber, String message) {
    return AsSystem.call(engine, () -> engine.getRuntimeService().createExecutionQuery()
        .processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(message).count()) > 0;
  }

  /** The portal's client (the engine's current authentication). */
  String caller() {
    var authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? "portal" : authentication.getUserId();
  }
}
