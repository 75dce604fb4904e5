package cn.gov.oneseal.regulator;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The regulator's system calling (after {@code ApiClientAccess} let only regulators' systems in): its
 * department — the regulator group beside {@code apiRegulatorSystem} — and the cases it may see, those of
 * the items its department supervises. Another department's case is answered like an unknown one.
 */
@Component
class RegulatorCaller {

  /** The regulators' systems' keys: optional, used once per client whatever it asks. */
  static final IdempotentRequests.Policy IDEMPOTENCY = new IdempotentRequests.Policy(false, false,
      ApiException.INVALID_REQUEST, "Idempotency-Key %1$s 已用于另一请求（%2$s），重试请原样发送原请求，新请求请使用新的 "
      + "Idempotency-Key", false);

  private final CurrentUser currentUser;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final ProcessEngine engine;

  RegulatorCaller(CurrentUser currentUser, CaseFiles caseFiles, ItemCatalogue catalogue, ProcessEngine engine) {
    this.currentUser = currentUser;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.engine = engine;
  }

  /** The calling client and its department. */
  record Caller(String userId, List<String> regulatorGroups, boolean admin) {

    boolean supervises(String regulatorGroup) {
      return admin || regulatorGroups.contains(regulatorGroup);
    }

    /** The one group a query is restricted to, or empty for an administrator (all departments). */
    Optional<String> group() {
      return admin ? Optional.empty() : Optional.of(regulatorGroups.isEmpty() ? "-" : regulatorGroups.get(0));
    }
  }

  Caller get() {
    Authentication auth = currentUser.get();
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    List<String> regulatorGroups = catalogue.all().stream().map(ApprovalItem::regulatorGroup).distinct()
        .filter(groups::contains).toList();
    return new Caller(auth.getUserId(), regulatorGroups, currentUser.isAdmin(auth));
  }

  /** The case, if it exists and its item is supervised by the caller's department. */
  Optional<CaseFile> visibleCase(Caller caller, String caseNumber) {
    return caseFiles.find(caseNumber)
        .filter(file -> caller.supervises(catalogue.get(file.itemCode()).regulatorGroup()));
  }

  /** The case, if it exists and its item is supervised by the caller's department; else 404 CASE_NOT_FOUND. */
  CaseFile requireCase(Caller caller, String caseNumber) {
    return visibleCase(caller, caseNumber).orElseThrow(() -> ApiException.notFound("CASE_NOT_FOUND",
        "没有编号为 " + caseNumber + " 的办件（或不属于本部门监管的事项）"));
  }

  /** 400 {@code INVALID_REQUEST}: the request's field errors. */
  static ApiException invalid(FieldError... errors) {
    return ApiException.invalid(ApiException.INVALID_REQUEST, errors);
  }

  /**
   * 400 {@code INVALID_REQUEST}: the engine's validation refusal under the request's names ({@code apiNames}:
   * the request's name → the form field or message variable).
   */
  static RuntimeException invalid(RuntimeException refused, Map<String, String> apiNames) {
    Map<String, String> byVariable = new HashMap<>();
    apiNames.forEach((apiName, variable) -> byVariable.put(variable, apiName));
    return ApiException.invalid(ApiException.INVALID_REQUEST, refused, byVariable);
  }

  /**
   * The values a request gave (not null) under the request's names, from pairs of a name and a value: what goes on to
   * the task's or message's variables.
   */
  static Map<String, Object> given(Object... namesAndValues) {
    Map<String, Object> given = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        given.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return given;
  }

  /** Reads what the system may read regardless of the client's own engine rights (history, variables). */
  <T> T asSystem(Supplier<T> read) {
    return AsSystem.call(engine, read);
  }
}
