package cn.gov.oneseal.prepublicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the reviewer's 答复批前公示意见 is read: one answer per objection, by the number it starts with. */
class ObjectionAnswersTest {

  @Test
  void eachAnswerStartsWithItsNumberAndFurtherLinesContinueIt() {
    assertThat(ObjectionAnswers.parse("""
        说明：以下逐条答复
        1：日照符合标准
        第 2 条：出入口已调整
        施工期间设专人疏导

        3、已采纳
        4. 不予采纳，理由见审查意见
        （5）括号不是编号""")).containsExactly(Map.entry(1, "日照符合标准"),
        Map.entry(2, "出入口已调整\n施工期间设专人疏导"), Map.entry(3, "已采纳"),
        Map.entry(4, "不予采纳，理由见审查意见\n（5）括号不是编号"));
  }

  @Test
  void aNumberWithoutTextAnswersNothingAndARepeatedNumberAddsToItsAnswer() {
    assertThat(ObjectionAnswers.parse("1：\n2：同意\n2：补充")).containsEntry(1, "").containsEntry(2, "同意\n补充");
    assertThat(ObjectionAnswers.parse("")).isEmpty();
  }
}
