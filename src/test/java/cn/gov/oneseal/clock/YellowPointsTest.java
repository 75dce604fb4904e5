package cn.gov.oneseal.clock;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.calendar.HolidayDataLoader;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class YellowPointsTest {

  static YellowPoints yellow;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = YellowPointsTest.class.getResourceAsStream("/calendar/cn-holidays.yaml")) {
      yellow = new YellowPoints(new WorkingDayCalendar(HolidayDataLoader.read(in, "x")), new ClockProperties(null, null, null));
    }
  }

  @Test
  void oneWorkingDayOrTwentyPercentLeftWhicheverIsMore() {
    assertThat(yellow.threshold(6)).isEqualTo(1);
    assertThat(yellow.threshold(10)).isEqualTo(2);
    assertThat(yellow.threshold(20)).isEqualTo(4);
  }

  @Test
  void theYellowDayCountsTheDeadlinesOwnDay() {
    // accepted 2025-09-26, promised 6 WD → due 10-11 (make-up Saturday): yellow on that day
    assertThat(yellow.yellowDay(LocalDate.of(2025, 9, 26), 6)).isEqualTo(LocalDate.of(2025, 10, 11));
    // statutory 10 WD → due 10-16, two days left from 10-15
    assertThat(yellow.yellowDay(LocalDate.of(2025, 9, 26), 10)).isEqualTo(LocalDate.of(2025, 10, 15));
    // a 1-WD stage is yellow on its only day
    assertThat(yellow.yellowDay(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
  }
}
