package cn.gov.oneseal.rating;

import java.time.OffsetDateTime;

/**
 * A case's service rating (好差评): grade 5 非常满意 … 1 非常不满意; 1–2 are bad ratings (差评) and
 * carry the applicant's reason.
 */
public record Rating(String caseNumber, int grade, String reason, RatingChannel channel, OffsetDateTime ratedAt,
    String recordedBy, OffsetDateTime rectificationDue) {

  /** Grades up to this one are bad ratings (差评: 不满意, 非常不满意). */
  public static final int WORST_GOOD_GRADE = 3;

  static final String[] LABELS = {"非常不满意", "不满意", "基本满意", "满意", "非常满意"};

  public boolean bad() {
    return grade < WORST_GOOD_GRADE;
  }

  public String gradeLabel() {
    return LABELS[grade - 1];
  }
}
