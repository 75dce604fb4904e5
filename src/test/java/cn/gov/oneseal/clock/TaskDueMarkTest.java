package cn.gov.oneseal.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 【期限暂定】 line at the head of a task's description: added once, replaced, removed, within the engine's limit. */
class TaskDueMarkTest {

  @Test
  void theLineIsAddedOnceAndGoesWhenTheYearIsLoaded() {
    String own = "审查申请材料\n\n办件 32050020261206C0000010 · 公共场所卫生许可";
    String marked = TaskDueMark.apply(own, List.of(2027));
    assertThat(marked).startsWith("【期限暂定】").contains("2027年节假日安排尚未公布").endsWith(own);
    assertThat(TaskDueMark.isMarked(marked)).isTrue();
    assertThat(TaskDueMark.apply(marked, List.of(2027, 2028))).contains("2027、2028年").endsWith(own)
        .containsOnlyOnce("【期限暂定】");
    assertThat(TaskDueMark.apply(marked, List.of())).isEqualTo(own);
    assertThat(TaskDueMark.apply(null, List.of())).isNull();
    assertThat(TaskDueMark.apply(TaskDueMark.apply(null, List.of(2027)), List.of())).isNull();
  }

  @Test
  void aLongDescriptionStaysWithinTheEnginesColumn() {
    String marked = TaskDueMark.apply("材".repeat(TaskDueMark.MAX_DESCRIPTION), List.of(2027));
    assertThat(marked).hasSize(TaskDueMark.MAX_DESCRIPTION).startsWith("【期限暂定】").endsWith("…");
  }
}
