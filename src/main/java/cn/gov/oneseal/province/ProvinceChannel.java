package cn.gov.oneseal.province;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.outbox.OutboundChannel;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessageDead;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The outbox's channel to the provincial platform: posts the report ({@link ProvincePlatform#submit}) with the
 * message's key as its idempotency key, and keeps the report's state with the attempt — ACKNOWLEDGED with the
 * platform's acknowledgement id when its answer acknowledges it, the failure recorded (still PENDING) when not, and
 * FAILED when the outbox gives the message up ({@link OutboxMessageDead}).
 */
@Component
class ProvinceChannel implements OutboundChannel {

  static final String NAME = "PROVINCE";
  /** The messages' recipient, as the outbox lists it. */
  static final String RECIPIENT = "省级政务服务平台";

  private final ProvincePlatform platform;
  private final ProvinceReports reports;
  private final ObjectMapper json;

  ProvinceChannel(ProvincePlatform platform, ProvinceReports reports, ObjectMapper json) {
    this.platform = platform;
    this.reports = reports;
    this.json = json;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void send(OutboxMessage message) throws DeliveryFailure {
    String reportId = reportId(message);
    try {
      ProvincePlatform.Acknowledgement ack = platform.submit(message.key(), message.body());
      if (ack.reportId() != null && !ack.reportId().equals(reportId)) {
        throw new ProvincePlatform.PlatformFailure("省级平台确认的是另一份上报（" + ack.reportId() + "）");
      }
      reports.acknowledged(reportId, ack.ackId(), WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()));
    } catch (ProvincePlatform.PlatformFailure failure) {
      reports.attemptFailed(reportId, failure.getMessage());
      throw new DeliveryFailure(failure.getMessage());
    }
  }

  @EventListener
  void dead(OutboxMessageDead event) {
    if (NAME.equals(event.channel())) {
      reports.byMessageKey(event.key()).ifPresent(report -> reports.failed(report.reportKey(), event.error(),
          WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime())));
    }
  }

  private String reportId(OutboxMessage message) throws DeliveryFailure {
    try {
      String id = json.readTree(message.body()).path("REPORT_ID").asText("");
      if (id.isBlank()) {
        throw new DeliveryFailure("上报内容缺少 REPORT_ID");
      }
      return id;
    } catch (IOException e) {
      throw new DeliveryFailure("上报内容不是 JSON");
    }
  }
}
