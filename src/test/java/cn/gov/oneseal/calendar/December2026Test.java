package cn.gov.oneseal.calendar;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseStatus;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Sunday 2026-12-06, 2027's notice not loaded: a 20-WD item is accepted, a 即办件 decided on the spot, a 联办件
 * accepted, a 告知承诺 granted and an unanswered application deemed accepted by its timer — each deadline that
 * reaches into 2027 counted on 2027's statutory holidays (元旦 Friday 01-01, 除夕 02-05 … 初三 02-08) and marked.
 * Then the notice is loaded: what it moves moves, a rectification deadline given to the licensee stays.
 */
@SuppressWarnings("unchecked")
class December2026Test extends DecemberWalk {

  static final String PROVISIONAL = "说明：国务院办公厅尚未公布2027年节假日安排，本文书所列期限暂按周末和法定节假日";

  @Test
  void nothingWaitsForNextYearsNoticeAndLoadingItMovesWhatItShould() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 12, 6, 10, 0, 0));

    // a 20-WD item is accepted: promised 10 WD by 12-18, statutory 20 WD by Monday 2027-01-04 (not 元旦)
    Registered hygiene = hygiene();
    accept(hygiene.caseNumber());
    CaseFile accepted = caseFiles.get(hygiene.caseNumber());
    assertThat(accepted.promisedDue().toInstant()).isEqualTo(endOf(2026, 12, 18).toInstant());
    assertThat(accepted.statutoryDue().toInstant()).isEqualTo(endOf(2027, 1, 4).toInstant());
    Map<String, Object> clock = clock(hygiene.caseNumber());
    assertThat(clock).containsEntry("statutoryDue", "2027-01-04").containsEntry("statutoryDueProvisional", true)
        .containsEntry("promisedDueProvisional", false);
    assertThat((String) clock.get("provisionalNote")).contains("尚未公布2027年节假日安排", "法定节假日");
    assertThat((Map<String, Object>) progress(hygiene).get("clock")).containsEntry("statutoryDueProvisional", true);
    assertThat(latestNotice(hygiene.caseNumber())).contains("受理通知书", "2026年12月18日前办结", "最迟于2027年1月4日前",
        PROVISIONAL, "本文书所列期限不会因此提前");

    // a 即办件 is decided on the spot (its statutory 20 WD reach into 2027 too)
    Registered freight = register("RoadFreightLicence", "M01", "M02", "M03", "M04", "M05");
    assertThat(officers.task(freight.caseNumber(), "Task_DecideOnTheSpot").getDescription())
        .doesNotContain("【期限暂定】");
    decideOnTheSpot(freight.caseNumber());
    assertThat(caseFiles.get(freight.caseNumber()).status()).isEqualTo(CaseStatus.DELIVERED);
    assertThat(caseFiles.get(freight.caseNumber()).licenceNumber()).startsWith("DY");

    // a 联办件 (45 WD) is accepted: statutory 2027-02-10, past 除夕 to 初三
    Registered joint = register("JointCompletionAcceptance", "M01", "M02", "M03", "M04");
    accept(joint.caseNumber());
    assertThat(clock(joint.caseNumber())).containsEntry("statutoryDue", "2027-02-10")
        .containsEntry("statutoryDueProvisional", true);

    // two licences granted on the applicant's commitment; the regulator's 30 WD run to 2027-01-18
    Registered waiting = grantedOnCommitment("320502198512060017");
    assertThat(caseFiles.get(waiting.caseNumber()).status()).isIn(CaseStatus.GRANTED, CaseStatus.DELIVERED);
    Task verify = officers.task(waiting.caseNumber(), "Task_VerifyCommitment");
    assertThat(verify.getDueDate()).isEqualTo(endOf(2027, 1, 18));
    assertThat(verify.getDescription()).startsWith("【期限暂定】").contains("2027年节假日安排尚未公布");
    assertThat(stage(progress(waiting), verify.getName().split(" · ")[0])).containsEntry("dueProvisional", true);
    assertThat(commitmentNote(waiting.caseNumber()))
        .contains("核查期限 2027-01-18（暂按法定节假日计算：2027年节假日安排尚未公布）");
    // the other is found wanting: 40 WD to rectify, to 2027-02-01, printed on the licensee's notice
    Registered rectifying = grantedOnCommitment("320502198712060038");
    orderRectification(rectifying.caseNumber(), 40);
    assertThat(latestNotice(rectifying.caseNumber())).contains("责令限期整改通知书", "2027年2月1日前整改完毕", PROVISIONAL);
    assertThat(timer(rectifying.caseNumber(), "Event_RectificationDue").getDuedate()).isEqualTo(endOf(2027, 2, 1));

    // nobody answers an application: five working days after receipt the timer accepts it from receipt
    Registered silent = hygiene();
    Job fiveDays = timer(silent.caseNumber(), "BoundaryEvent_FiveWorkingDays");
    assertThat(fiveDays.getDuedate()).isEqualTo(endOf(2026, 12, 11));
    ClockUtil.setCurrentTime(shanghai(2026, 12, 12, 0, 0, 1));
    engine.getManagementService().executeJob(fiveDays.getId());
    CaseFile deemed = caseFiles.get(silent.caseNumber());
    assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(deemed.acceptedAt()).isEqualTo(deemed.receivedAt());
    assertThat(deemed.statutoryDue().toInstant()).isEqualTo(endOf(2027, 1, 4).toInstant());
    assertThat(engine.getManagementService().createJobQuery().jobId(fiveDays.getId()).count()).isZero();
    assertThat(latestNotice(silent.caseNumber())).contains("最迟于2027年1月4日前", PROVISIONAL);

    // the State Council's notice is loaded
    Map<String, Object> report = load(2027, NOTICE_2027);
    // 春节 takes 02-05 … 02-12 off and works Sunday 01-31: the 联办件 is due 02-15
    assertThat(changes(report, "cases")).anySatisfy(change -> assertThat(change)
        .containsEntry("caseNumber", joint.caseNumber()).containsEntry("statutoryDueBefore", "2027-02-10")
        .containsEntry("statutoryDue", "2027-02-15"));
    assertThat(clock(joint.caseNumber())).containsEntry("statutoryDueProvisional", false);
    // 元旦 Friday to Sunday changes nothing in January
    assertThat(changes(report, "cases")).noneSatisfy(change -> assertThat(change.get("caseNumber"))
        .isIn(hygiene.caseNumber(), silent.caseNumber()));
    assertThat(clock(hygiene.caseNumber())).containsEntry("statutoryDue", "2027-01-04")
        .containsEntry("statutoryDueProvisional", false).containsEntry("provisionalNote", null);
    verify = officers.task(waiting.caseNumber(), "Task_VerifyCommitment");
    assertThat(verify.getDueDate()).isEqualTo(endOf(2027, 1, 18));
    assertThat(verify.getDescription()).doesNotContain("【期限暂定】");
    assertThat(stage(progress(waiting), verify.getName().split(" · ")[0])).containsEntry("dueProvisional", false);
    // the worked Sunday 01-31 would end the 40 WD a day earlier; the date given to the licensee stays
    assertThat(rest.getForEntity("/api/v1/calendar/deadline?from=2026-12-06&workingDays=40", Map.class).getBody())
        .containsEntry("due", "2027-01-31").containsEntry("provisional", false);
    Job rectification = timer(rectifying.caseNumber(), "Event_RectificationDue");
    assertThat(rectification.getDuedate()).isEqualTo(endOf(2027, 2, 1));
    assertThat(engine.getRuntimeService().getVariable(rectification.getExecutionId(), "rectificationDue"))
        .isEqualTo(endOf(2027, 2, 1));
    assertThat((List<Map<String, Object>>) report.get("timers")).noneSatisfy(change -> assertThat(
        change.get("caseNumber")).isEqualTo(rectifying.caseNumber()));
  }
}
