package cn.gov.oneseal.prepublicity;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity.DayKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public API does with 批前公示: lists the open ones (the public summary, the period and how many objections
 * were received — never who objected or what they wrote) and takes an objection while the period runs (engine
 * clock): after its end, or once the stage closed it, 409 in Chinese.
 */
@Service
public class Objecting {

  /** One open 批前公示 as the public sees it. */
  public record Listed(long id, String itemName, String title, String applicant, String location, String startsOn,
      String endsOn, int days, String dayKind, int objections) {}

  /** The receipt of an objection: its number and time, and what happens with it. */
  public record Received(long publicityId, int number, OffsetDateTime receivedAt, String message) {}

  private final PrePublicities publicities;

  Objecting(PrePublicities publicities) {
    this.publicities = publicities;
  }

  @Transactional(readOnly = true)
  List<Listed> open() {
    OffsetDateTime now = offsetOf(ClockUtil.getCurrentTime());
    return publicities.open().stream().filter(p -> p.openAt(now)).map(p -> new Listed(p.id(), p.itemName(), p.title(),
        p.applicant(), p.location(), day(p.startsAt()), day(p.endsAt()), p.days(),
        p.dayKind() == DayKind.WORKING ? "工作日" : "自然日",
        publicities.count(p.id()))).toList();
  }

  @Transactional
  Received object(long id, ObjectionForm form) {
    Publicity publicity = publicities.lock(id)
        .orElseThrow(() -> ApiException.notFound("PUBLICITY_NOT_FOUND", "没有编号为 " + id + " 的批前公示"));
    OffsetDateTime now = offsetOf(ClockUtil.getCurrentTime());
    if (!publicity.openAt(now)) {
      throw ApiException.conflict("PUBLICITY_CLOSED", "该批前公示的公示期已于 " + day(publicity.endsAt())
          + " 届满，不再受理意见");
    }
    int number = publicities.object(id, now, form.name(), form.contact(), form.text());
    return new Received(id, number, now, "已收到您的意见（第 " + number + " 条）。审查人员将在审查意见中逐条答复；"
        + "您的姓名、联系方式和意见内容不予公开，公示只显示收到意见的条数。");
  }

  private static String day(OffsetDateTime at) {
    return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate().toString();
  }
}
