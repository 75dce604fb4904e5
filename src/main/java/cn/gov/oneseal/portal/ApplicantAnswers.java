package cn.gov.oneseal.portal;

import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.intake.DeficiencyAcceptance;
import cn.gov.oneseal.notice.Notice;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The online hall's answers, each as its JSON reads: the properties in the order of the components, a missing
 * value as {@code null} unless said otherwise.
 */
final class ApplicantAnswers {

  private ApplicantAnswers() {}

  /** A notice of the case with the applicant's download link. */
  record NoticeLink(long id, String kind, String title, OffsetDateTime createdAt, String sha256, String download) {

    static NoticeLink of(Notice notice) {
      return new NoticeLink(notice.id(), notice.kind().name(), notice.title(), notice.createdAt(), notice.sha256(),
          "/api/v1/applicant/cases/" + notice.caseNumber() + "/notices/" + notice.id());
    }
  }

  /** 201 to an application: the case number and the query code (answered this once), and the 收件凭证. */
  record ApplicationReceived(String caseNumber, String querySecret, String status, String statusLabel, String path,
      List<NoticeLink> notices) {}

  /** A file stored with a later submission. */
  record StoredFile(long id, String materialCode, String sha256) {}

  /** 201 to a later submission (补正, 容缺补齐, 整改完成). */
  record SubmissionReceived(String caseNumber, List<StoredFile> files, String status, String message) {}

  /** 200 to the withdrawal, with the 撤回申请确认书. */
  record Withdrawn(String caseNumber, String status, String statusLabel, NoticeLink notice) {}

  /**
   * The progress of a case; {@code hold} only for a 容缺 grant held for its supplements, {@code clock} null before
   * the clock starts.
   */
  record Progress(String caseNumber, String itemCode, String itemName, String status, String statusLabel,
      OffsetDateTime receivedAt, OffsetDateTime acceptedAt, OffsetDateTime decidedAt, String licenceNumber,
      OffsetDateTime closedAt, @JsonInclude(JsonInclude.Include.NON_NULL) DeficiencyAcceptance.Hold hold,
      List<CurrentStage> currentStages, CaseClock clock, List<NoticeLink> notices,
      List<SubmittedMaterial> materials) {}

  /** Where the case stands: an open task, or a wait for the applicant. */
  sealed interface CurrentStage permits TaskStage, WaitingStage {}

  /** An open task: its stage's name, since and due (with {@code dueProvisional}: on a provisional calendar). */
  record TaskStage(String kind, String name, OffsetDateTime since, OffsetDateTime due, boolean dueProvisional)
      implements CurrentStage {

    static TaskStage of(String name, OffsetDateTime since, OffsetDateTime due, boolean dueProvisional) {
      return new TaskStage("TASK", name, since, due, dueProvisional);
    }
  }

  /** What the case waits for from the applicant. */
  record WaitingStage(String kind, String name) implements CurrentStage {

    static WaitingStage of(String name) {
      return new WaitingStage("WAITING_FOR_APPLICANT", name);
    }
  }

  /** A file the applicant submitted (without its content). */
  record SubmittedMaterial(long id, String materialCode, String name, String purpose, String purposeLabel,
      String fileName, long sizeBytes, String sha256, OffsetDateTime submittedAt) {

    static SubmittedMaterial of(MaterialFiles.MaterialFile m) {
      return new SubmittedMaterial(m.id(), m.materialCode(), m.materialName(), m.purpose().name(),
          m.purpose().label(), m.fileName(), m.sizeBytes(), m.sha256(), m.submittedAt());
    }
  }
}
