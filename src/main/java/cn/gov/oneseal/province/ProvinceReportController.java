package cn.gov.oneseal.province;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.QueryParameters;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports to the provincial platform over the bureau's API: how many are pending, acknowledged and failed, a
 * page of them (by state), and the last nightly reconciliation. Administrators (every bureau) and e-supervision
 * (their bureaus) only. HTTP Basic.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/province", produces = "application/json;charset=UTF-8")
class ProvinceReportController {

  static final Set<String> READERS = Set.of(Role.SUPERVISOR.groupId());

  /** A report as the API shows it. */
  record ReportView(String caseNumber, String milestone, String milestoneLabel, OffsetDateTime milestoneAt,
      String reportId, String lastMessageKey, String bureauId, String state, String stateLabel, String ackId,
      String lastError, int resends, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt,
      OffsetDateTime failedAt) {

    static ReportView of(ProvinceReport r) {
      return new ReportView(r.caseNumber(), r.milestone().name(), r.milestone().label(), r.milestoneAt(),
          r.reportKey(), r.lastMessageKey(), r.bureauId(), r.state().name(), r.state().label(), r.ackId(),
          r.lastError(), r.resends(), r.createdAt(), r.acknowledgedAt(), r.failedAt());
    }
  }

  /** The last reconciliation: when, the period, and what it found. */
  record ReconciliationView(LocalDate day, String state, OffsetDateTime periodFrom, OffsetDateTime periodTo,
      Integer expected, Integer acknowledged, Integer missing, Integer resent, String error,
      OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    static ReconciliationView of(Reconciliations.Run run) {
      return new ReconciliationView(run.runDay(), run.state(), run.periodFrom(), run.periodTo(), run.expected(),
          run.acknowledged(), run.missing(), run.resent(), run.error(), run.startedAt(), run.finishedAt());
    }
  }

  /** The report: counts by state, the page asked for, the last reconciliation (null before the first). */
  record ReportPage(Map<ProvinceReport.State, Integer> counts, int total, List<ReportView> reports,
      ReconciliationView lastReconciliation) {
  }

  private final ProvinceReports reports;
  private final Reconciliations runs;
  private final CurrentUser currentUser;

  ProvinceReportController(ProvinceReports reports, Reconciliations runs, CurrentUser currentUser) {
    this.reports = reports;
    this.runs = runs;
    this.currentUser = currentUser;
  }

  @GetMapping("/reports")
  @Operation(summary = "向省级政务服务平台上报的办件节点（系统管理员、电子监察）", description = """
      办件的收件、受理（或不予受理）、办结决定和送达节点向省级政务服务平台上报的情况：各状态（待确认 PENDING、平台已确认 \
      ACKNOWLEDGED、上报失败 FAILED）的数量，按状态筛选、按产生时间倒序分页的上报记录（平台确认号、最近一次失败原因、\
      对账重报次数），以及最近一次夜间对账的时间、对账期间和结果。电子监察人员只看本局的上报。""")
  @ApiResponse(responseCode = "200", description = "各状态数量、这一页的上报和最近一次对账")
  @ApiResponse(responseCode = "400", description = "状态或分页参数无效，逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "401", description = "未登录",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "调用方不是系统管理员或电子监察人员",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ReportPage reports(
      @Parameter(description = "PENDING、ACKNOWLEDGED 或 FAILED；不填为全部") @RequestParam(required = false) String state,
      @Parameter(description = "页码，从 0 起") @RequestParam(defaultValue = "0") String page,
      @Parameter(description = "每页条数，1–100") @RequestParam(defaultValue = "20") String size) {
    Authentication caller = currentUser.requireAnyGroup(READERS, "查看省级平台上报情况（仅限系统管理员、电子监察）");
    List<FieldError> errors = new ArrayList<>();
    ProvinceReport.State wanted = null;
    if (state != null && !state.isBlank()) {
      wanted = Stream.of(ProvinceReport.State.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
      if (wanted == null) {
        errors.add(new FieldError("state", "INVALID", "状态只能是 PENDING、ACKNOWLEDGED 或 FAILED"));
      }
    }
    Integer pageNumber = QueryParameters.number(page, "page", 0, 0, 100_000, "页码须为 0 至 100000 的整数", errors);
    Integer pageSize = QueryParameters.number(size, "size", 20, 1, 100, "每页条数须为 1 至 100 的整数", errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid("INVALID_QUERY", errors);
    }
    List<String> bureaus = currentUser.isAdmin(caller) ? null
        : caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    Map<ProvinceReport.State, Integer> counts = reports.counts(bureaus);
    int total = wanted == null ? counts.values().stream().mapToInt(Integer::intValue).sum() : counts.get(wanted);
    return new ReportPage(counts, total, reports.page(wanted, bureaus, pageNumber * pageSize, pageSize).stream()
        .map(ReportView::of).toList(), runs.last().map(ReconciliationView::of).orElse(null));
  }
}
