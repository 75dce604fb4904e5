package cn.gov.oneseal.rating;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.rating}: the local limits of 好差评 and 回访, in working days.
 *
 * <p>Bad ratings (差评, grades 1–2): the unit that served contacts the applicant within one working
 * day (上海市优化营商环境条例 2024 art. 30, 安阳市政务服务条例 2021 art. 52: "一个工作日内联系核实") and
 * rectifies within 15 working days of the rating (四川 2020: 整改到位 15 个工作日; 浙江 2019: 1 日回访、15
 * 日整改反馈; some cities use 5 — research/domain-rules.md §6.3).
 *
 * @param contactWorkingDays 差评 contact limit, from the rating (default 1)
 * @param rectificationWorkingDays 差评 rectification limit, from the rating (default 15)
 * @param followUpWorkingDays how long the window has for a follow-up call once it falls due (default 2)
 */
@ConfigurationProperties("oneseal.rating")
public record RatingProperties(Integer contactWorkingDays, Integer rectificationWorkingDays,
    Integer followUpWorkingDays) {

  public RatingProperties {
    contactWorkingDays = within("contact-working-days", contactWorkingDays, 1, 1, 5);
    rectificationWorkingDays = within("rectification-working-days", rectificationWorkingDays, 15, 1, 60);
    followUpWorkingDays = within("follow-up-working-days", followUpWorkingDays, 2, 1, 10);
    if (rectificationWorkingDays < contactWorkingDays) {
      throw new IllegalArgumentException("oneseal.rating.rectification-working-days 不得短于 contact-working-days");
    }
  }

  private static int within(String key, Integer value, int fallback, int min, int max) {
    int days = value == null ? fallback : value;
    if (days < min || days > max) {
      throw new IllegalArgumentException("oneseal.rating." + key + " 须在 " + min + " 到 " + max + " 个工作日之间: " + days);
    }
    return days;
  }
}
