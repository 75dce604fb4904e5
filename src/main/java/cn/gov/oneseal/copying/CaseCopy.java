package cn.gov.oneseal.copying;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * One copy of a case: to a user or to a group (one of the two), with the sender's note; read once, by the recipient
 * (for a group: its first member who marks it read).
 */
public record CaseCopy(long id, String caseNumber, String bureauId, String sentBy, OffsetDateTime sentAt,
    String recipientUser, String recipientGroup, String note, OffsetDateTime readAt, String readBy) {

  /** Whether it was read (answered as {@code read}). */
  @JsonProperty("read")
  public boolean read() {
    return readAt != null;
  }
}
