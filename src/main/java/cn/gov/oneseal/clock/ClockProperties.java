package cn.gov.oneseal.clock;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.clock}: which waits for the applicant stop the clock under the local rules
 * (special procedures always do), and where the yellow card falls.
 *
 * @param pausingApplicantWaits the WAITING_FOR_APPLICANT reasons that stop the clock
 * @param yellowWorkingDays a yellow card when this many working days of a limit are left ...
 * @param yellowShare ... or this share of it, whichever comes first
 */
@ConfigurationProperties("oneseal.clock")
public record ClockProperties(Set<StopReason> pausingApplicantWaits, Integer yellowWorkingDays, Double yellowShare) {

  public ClockProperties {
    pausingApplicantWaits = pausingApplicantWaits == null
        ? Set.of(StopReason.CORRECTIONS, StopReason.RECTIFICATION) : Set.copyOf(pausingApplicantWaits);
    yellowWorkingDays = yellowWorkingDays == null ? 1 : yellowWorkingDays;
    yellowShare = yellowShare == null ? 0.2 : yellowShare;
  }

  public boolean pauses(StopReason reason) {
    return reason.kind() == StopReason.Kind.SPECIAL_PROCEDURE || pausingApplicantWaits.contains(reason);
  }
}
