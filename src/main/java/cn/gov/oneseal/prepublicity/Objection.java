package cn.gov.oneseal.prepublicity;

import java.time.OffsetDateTime;

/**
 * An objection to a 批前公示 (第 {@code seq} 条 of its publicity). Name and contact are personal data: never published,
 * not put into process variables; the reviewer's answer is kept with it.
 */
record Objection(long id, long publicityId, int seq, OffsetDateTime receivedAt, String name, String contact,
    String text, String answer, String answeredBy, OffsetDateTime answeredAt) {

  boolean answered() {
    return answer != null;
  }
}
