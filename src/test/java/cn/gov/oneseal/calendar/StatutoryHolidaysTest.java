package cn.gov.oneseal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The 13 statutory days computed for a year without a notice, checked against the State Council's notices. */
class StatutoryHolidaysTest {

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026})
  void everyComputedDayIsADayOffInThatYearsNotice(int year) throws Exception {
    HolidayYear notice;
    try (InputStream in = getClass().getResourceAsStream("/calendar/cn-holidays.yaml")) {
      notice = HolidayDataLoader.read(in, "cn-holidays.yaml").stream().filter(y -> y.year() == year).findFirst()
          .orElseThrow();
    }
    var days = StatutoryHolidays.of(year);
    assertThat(days).hasSize(13);
    assertThat(notice.daysOff()).containsAll(days.keySet());
    assertThat(notice.makeUpWorkingDays()).doesNotContainAnyElementsOf(days.keySet());
  }

  @Test
  void theStatutoryDaysOf2027() {
    Map<LocalDate, String> days = StatutoryHolidays.of(2027);
    assertThat(days.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.toList()))
        .containsExactly(
            "2027-01-01 元旦",
            "2027-02-05 春节（除夕）",
            "2027-02-06 春节（正月初一）",
            "2027-02-07 春节（正月初二）",
            "2027-02-08 春节（正月初三）",
            "2027-04-05 清明节",
            "2027-05-01 劳动节",
            "2027-05-02 劳动节",
            "2027-06-09 端午节",
            "2027-09-15 中秋节",
            "2027-10-01 国庆节",
            "2027-10-02 国庆节",
            "2027-10-03 国庆节");
  }

  @Test
  void theLunarNewYearOf2028FallsInJanuary() {
    // 除夕 2028-01-25 … 初三 01-28; 清明 04-04, 端午 05-28, 中秋 10-03 (on a 国庆 day: one day off, both names)
    Map<LocalDate, String> days = StatutoryHolidays.of(2028);
    assertThat(days.keySet()).contains(LocalDate.of(2028, 1, 25), LocalDate.of(2028, 1, 28),
        LocalDate.of(2028, 4, 4), LocalDate.of(2028, 5, 28));
    assertThat(days.get(LocalDate.of(2028, 10, 3))).isEqualTo("中秋节、国庆节");
    assertThat(days).hasSize(12);
    assertThat(StatutoryHolidays.provisionalYear(2028).makeUpWorkingDays()).isEmpty();
    assertThat(List.copyOf(days.keySet())).allMatch(day -> day.getYear() == 2028);
  }
}
