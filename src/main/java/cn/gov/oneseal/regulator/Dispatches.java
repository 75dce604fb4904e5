package cn.gov.oneseal.regulator;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * The decisions dispatched to regulators (推送监管): each is a {@code Task_SignForDecision} of
 * {@code Stage_Dispatch} for the item's regulator group — open: waiting to be signed for, completed:
 * signed for — read from the engine's history with the case's record.
 */
@Component
class Dispatches {

  static final String STAGE = "Stage_Dispatch";
  static final String SIGN_FOR = "Task_SignForDecision";
  /** The applicant's 收件凭证 carries the query code: not for the regulator. */
  static final List<NoticeKind> NOT_FOR_REGULATORS = List.of(NoticeKind.RECEIPT);

  /** Which dispatches a list shows. */
  enum Filter {
    PENDING, SIGNED, ALL
  }

  @Schema(name = "RegulatorDispatch", title = "推送监管记录", description = "推送给本部门的一项审批结果及其签收情况")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Dispatch(
      @Schema(description = "办件编号", example = "32050020260302C000001C") String caseNumber,
      @Schema(description = "事项编码", example = "FoodBusinessLicence") String itemCode,
      @Schema(description = "事项名称", example = "食品经营许可") String itemName,
      @Schema(description = "作出决定的行政审批局（租户）", example = "city") String bureauId,
      @Schema(description = "行政审批局名称") String bureauName,
      @Schema(description = "申请人（被许可人）名称") String applicantName,
      @Schema(description = "申请人证件类型：USCC 统一社会信用代码，RESIDENT_ID 公民身份号码") String applicantIdType,
      @Schema(description = "申请人证件号码") String applicantId,
      @Schema(description = "经营场所") String premisesAddress,
      @Schema(description = "审批决定：grant 准予许可，deny 不予许可", allowableValues = {"grant", "deny"}) String decision,
      @Schema(description = "审批决定（中文）", example = "准予行政许可") String decisionLabel,
      @Schema(description = "许可证编号（准予许可时）") String licenceNumber,
      @Schema(description = "许可证有效期至（空为长期有效）") LocalDate licenceValidUntil,
      @Schema(description = "决定时间") OffsetDateTime decidedAt,
      @Schema(description = "送达申请人的时间") OffsetDateTime deliveredAt,
      @Schema(description = "推送本部门的时间") OffsetDateTime dispatchedAt,
      @Schema(description = "签收期限（事项目录 stageLimits.signFor 个工作日，逾期由电子监察督办）") OffsetDateTime signForDue,
      @Schema(description = "PENDING 待签收，SIGNED 已签收，CANCELLED 已撤销（办件终止）",
          allowableValues = {"PENDING", "SIGNED", "CANCELLED"}) String status,
      @Schema(description = "签收时间") OffsetDateTime signedAt,
      @Schema(description = "签收人（工作人员或接口账号）") String signedBy,
      @Schema(description = "签收意见") String signForNote,
      @Schema(description = "办件的文书（不含载有申请人查询码的收件凭证），仅单个查询时列出") List<NoticeRef> notices) {}

  @Schema(name = "RegulatorNoticeRef", title = "文书", description = "办件的一份书面文书（PDF）")
  record NoticeRef(
      @Schema(description = "文书编号") long id,
      @Schema(description = "文书种类", example = "GRANT") String kind,
      @Schema(description = "标题", example = "准予行政许可决定书") String title,
      @Schema(description = "文件名") String fileName,
      @Schema(description = "PDF 的 SHA-256") String sha256,
      @Schema(description = "出具时间") OffsetDateTime createdAt,
      @Schema(description = "下载地址（GET，HTTP Basic）") String href) {}

  @Schema(name = "RegulatorDispatchPage", title = "推送监管记录分页", description = "一页推送监管记录，最新推送的在前")
  record Page(
      @Schema(description = "页码，从 0 起") int page,
      @Schema(description = "每页条数") int size,
      @Schema(description = "符合条件的总数") long total,
      @Schema(description = "本页记录") List<Dispatch> items) {}

  private final HistoryService history;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final NoticeService notices;

  Dispatches(HistoryService history, CaseFiles caseFiles, ItemCatalogue catalogue, Bureaus bureaus,
      NoticeService notices) {
    this.history = history;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.notices = notices;
  }

  /** A page of the dispatches to a regulator group (all groups when empty), newest first. Run as the system. */
  Page page(Optional<String> group, Filter filter, int page, int size) {
    HistoricTaskInstanceQuery query = query(group);
    switch (filter) {
      case PENDING -> query.unfinished();
      case SIGNED -> query.finished().taskDeleteReason("completed");
      default -> { }
    }
    long total = query.count();
    List<Dispatch> items = query.orderByHistoricActivityInstanceStartTime().desc().orderByTaskId().desc()
        .listPage(page * size, size).stream().map(task -> view(task, false)).toList();
    return new Page(page, size, total, items);
  }

  /** The case's dispatch (its latest sign-for task) if it was dispatched to the group. Run as the system. */
  Optional<Dispatch> of(Optional<String> group, String caseNumber, boolean withNotices) {
    return latest(group, caseNumber).map(task -> view(task, withNotices));
  }

  Optional<HistoricTaskInstance> latest(Optional<String> group, String caseNumber) {
    return query(group).processInstanceBusinessKey(caseNumber).list().stream()
        .max(Comparator.comparing(HistoricTaskInstance::getStartTime));
  }

  /** A notice of the case the regulator may download. */
  boolean forRegulators(Notice notice) {
    return !NOT_FOR_REGULATORS.contains(notice.kind());
  }

  private HistoricTaskInstanceQuery query(Optional<String> group) {
    HistoricTaskInstanceQuery query = history.createHistoricTaskInstanceQuery().processDefinitionKey(STAGE)
        .taskDefinitionKey(SIGN_FOR);
    group.ifPresent(query::taskHadCandidateGroup);
    return query;
  }

  private Dispatch view(HistoricTaskInstance task, boolean withNotices) {
    String caseNumber = task.getProcessInstanceId() == null ? null : businessKey(task);
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode());
    String status = task.getEndTime() == null ? "PENDING"
        : "completed".equals(task.getDeleteReason()) ? "SIGNED" : "CANCELLED";
    boolean signed = status.equals("SIGNED");
    String note = signed ? caseFiles.opinions(caseNumber).stream().filter(o -> "signFor".equals(o.stage()))
        .reduce((first, second) -> second).map(Opinion::opinion).orElse(null) : null;
    List<NoticeRef> noticeRefs = withNotices ? notices.ofCase(caseNumber).stream().filter(this::forRegulators)
        .map(n -> new NoticeRef(n.id(), n.kind().name(), n.title(), n.fileName(), n.sha256(), n.createdAt(),
            "/api/v1/regulator/dispatches/" + caseNumber + "/notices/" + n.id())).toList() : null;
    return new Dispatch(caseNumber, item.code(), item.name(), file.bureauId(), bureaus.of(file.bureauId()).name(),
        file.applicantName(), file.applicantIdType(), file.applicantId(), file.premisesAddress(), file.decision(),
        "grant".equals(file.decision()) ? "准予行政许可" : "deny".equals(file.decision()) ? "不予行政许可" : null,
        file.licenceNumber(), file.licenceValidUntil(), file.decidedAt(), file.deliveredAt(),
        offsetOf(task.getStartTime()), task.getDueDate() == null ? null : offsetOf(task.getDueDate()), status,
        signed ? offsetOf(task.getEndTime()) : null, signed ? file.signedForBy() : null, note, noticeRefs);
  }

  private String businessKey(HistoricTaskInstance task) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
  }
}
