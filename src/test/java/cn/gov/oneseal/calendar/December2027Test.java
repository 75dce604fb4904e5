package cn.gov.oneseal.calendar;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseStatus;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Monday 2027-12-06, 2027's notice loaded a year ago, 2028's not yet: the same steps as in December 2026, with
 * 2028's statutory holidays (元旦 on a Saturday, so Monday 01-03 counts as a working day until the notice says
 * otherwise). Loading 2028's notice then moves the deadlines later — a given rectification deadline included,
 * with its timer.
 */
@SuppressWarnings("unchecked")
class December2027Test extends DecemberWalk {

  static final String PROVISIONAL = "说明：国务院办公厅尚未公布2028年节假日安排，本文书所列期限暂按周末和法定节假日";

  @Test
  void nothingWaitsForNextYearsNoticeAndLoadingItMovesWhatItShould() throws Exception {
    load(2027, NOTICE_2027);
    ClockUtil.setCurrentTime(shanghai(2027, 12, 6, 10, 0, 0));

    // a 20-WD item: promised by 12-20 (exact), statutory by Monday 2028-01-03 (provisional)
    Registered hygiene = hygiene();
    accept(hygiene.caseNumber());
    Map<String, Object> clock = clock(hygiene.caseNumber());
    assertThat(clock).containsEntry("promisedDue", "2027-12-20").containsEntry("promisedDueProvisional", false)
        .containsEntry("statutoryDue", "2028-01-03").containsEntry("statutoryDueProvisional", true);
    assertThat((String) clock.get("provisionalNote")).contains("尚未公布2028年节假日安排");
    assertThat((Map<String, Object>) progress(hygiene).get("clock")).containsEntry("statutoryDueProvisional", true);
    assertThat(latestNotice(hygiene.caseNumber())).contains("2027年12月20日前办结", "最迟于2028年1月3日前", PROVISIONAL);

    // a 即办件, decided on the spot
    Registered freight = register("RoadFreightLicence", "M01", "M02", "M03", "M04", "M05");
    decideOnTheSpot(freight.caseNumber());
    assertThat(caseFiles.get(freight.caseNumber()).status()).isEqualTo(CaseStatus.DELIVERED);

    // 告知承诺: the regulator's 30 WD to 2028-01-17, a rectification of 40 WD to 2028-02-04 (after 春节 01-25 … 01-28)
    Registered waiting = grantedOnCommitment("320502198901010056");
    Task verify = officers.task(waiting.caseNumber(), "Task_VerifyCommitment");
    String verifyId = verify.getId();
    assertThat(verify.getDueDate()).isEqualTo(endOf(2028, 1, 17));
    assertThat(verify.getDescription()).startsWith("【期限暂定】").contains("2028年节假日安排尚未公布");
    Registered rectifying = grantedOnCommitment("320502199102020076");
    orderRectification(rectifying.caseNumber(), 40);
    assertThat(latestNotice(rectifying.caseNumber())).contains("2028年2月4日前整改完毕", PROVISIONAL);

    // the five-working-day rule: received Monday 12-06, accepted from receipt by the timer after 12-13
    Registered silent = hygiene();
    Job fiveDays = timer(silent.caseNumber(), "BoundaryEvent_FiveWorkingDays");
    assertThat(fiveDays.getDuedate()).isEqualTo(endOf(2027, 12, 13));
    ClockUtil.setCurrentTime(shanghai(2027, 12, 14, 0, 0, 1));
    engine.getManagementService().executeJob(fiveDays.getId());
    CaseFile deemed = caseFiles.get(silent.caseNumber());
    assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(deemed.acceptedAt()).isEqualTo(deemed.receivedAt());
    assertThat(latestNotice(silent.caseNumber())).contains("最迟于2028年1月3日前", PROVISIONAL);

    // 2028's notice: Monday 01-03 off for 元旦, 春节 01-22 … 01-30, Saturday 02-05 worked
    Map<String, Object> report = load(2028, NOTICE_2028);
    for (Registered accepted : new Registered[] {hygiene, silent}) {
      assertThat(changes(report, "cases")).anySatisfy(change -> assertThat(change)
          .containsEntry("caseNumber", accepted.caseNumber()).containsEntry("statutoryDueBefore", "2028-01-03")
          .containsEntry("statutoryDue", "2028-01-04"));
      assertThat(clock(accepted.caseNumber())).containsEntry("statutoryDue", "2028-01-04")
          .containsEntry("statutoryDueProvisional", false);
    }
    assertThat(changes(report, "tasks")).anySatisfy(change -> assertThat(change)
        .containsEntry("taskId", verifyId).containsEntry("dueBefore", "2028-01-17").containsEntry("due", "2028-01-18"));
    verify = officers.task(waiting.caseNumber(), "Task_VerifyCommitment");
    assertThat(verify.getDueDate()).isEqualTo(endOf(2028, 1, 18));
    assertThat(verify.getDescription()).doesNotContain("【期限暂定】");
    // the licensee's rectification deadline moves later with the holidays (02-05 worked): 02-07, timer and all
    assertThat(changes(report, "timers")).anySatisfy(change -> assertThat(change)
        .containsEntry("caseNumber", rectifying.caseNumber()).containsEntry("dueBefore", "2028-02-04")
        .containsEntry("due", "2028-02-07").containsEntry("given", true));
    Job rectification = timer(rectifying.caseNumber(), "Event_RectificationDue");
    assertThat(rectification.getDuedate()).isEqualTo(endOf(2028, 2, 7));
    assertThat(engine.getRuntimeService().getVariable(rectification.getExecutionId(), "rectificationDue"))
        .isEqualTo(endOf(2028, 2, 7));
  }
}
