package cn.gov.oneseal.notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The remedies printed on every refusal (不予受理, 不予许可): administrative review within 60 days,
 * a lawsuit within 6 months (Licensing Law art. 38; 行政复议法 art. 20; 行政诉讼法 art. 46).
 */
@Component
public class Remedies {

  private final String text;

  public Remedies(@Value("${oneseal.remedies}") String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
