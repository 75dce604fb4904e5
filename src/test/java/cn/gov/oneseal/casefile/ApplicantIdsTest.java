package cn.gov.oneseal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicantIdsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void acceptsValidUnifiedSocialCreditCodes() {
    assertThat(ApplicantIds.checkUscc("91350100M000100Y43")).isNull();
  }

  @Test
  void namesWhatIsWrongWithACreditCode() {
    assertThat(ApplicantIds.checkUscc("91350100M000100Y44")).contains("第 18 位应为 3");
    assertThat(ApplicantIds.checkUscc("91350100M000100Y4")).contains("18 位");
    assertThat(ApplicantIds.checkUscc("91350100I000100Y43")).contains("第 9 位").contains("I");
  }

  @Test
  void acceptsValidResidentIdsIncludingOldBirthYears() {
    assertThat(ApplicantIds.checkResidentId("11010519491231002X", TODAY)).isNull();
    assertThat(ApplicantIds.checkResidentId("440524188001010014", TODAY)).isNull();
  }

  @Test
  void refusesResidentIdsWithWrongCheckOrDate() {
    assertThat(ApplicantIds.checkResidentId("110105194912310021", TODAY)).contains("应为 X");
    assertThat(ApplicantIds.checkResidentId("110105194902300021", TODAY)).contains("不是真实日期");
    assertThat(ApplicantIds.checkResidentId("110105203001010021", TODAY)).contains("晚于今天");
    assertThat(ApplicantIds.checkResidentId("11010519491231002", TODAY)).contains("17 位数字");
  }
}
