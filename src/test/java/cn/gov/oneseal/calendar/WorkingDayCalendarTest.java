package cn.gov.oneseal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  static WorkingDayCalendar calendar;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/calendar/cn-holidays.yaml")) {
      calendar = new WorkingDayCalendar(HolidayDataLoader.read(in, "cn-holidays.yaml"));
    }
  }

  @Test
  void workedExampleOfTheDomainBrief() {
    // accepted 2025-09-26, + 20 WD: 9/28 (make-up Sunday) counts, 10/1–10/8 do not
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 20)).isEqualTo(LocalDate.of(2025, 10, 30));
  }

  @Test
  void startDayIsNotCounted() {
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 11, 3), 1)).isEqualTo(LocalDate.of(2025, 11, 4));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 11, 7), 1)).isEqualTo(LocalDate.of(2025, 11, 10));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 11, 3), 0)).isEqualTo(LocalDate.of(2025, 11, 3));
  }

  @Test
  void makeUpSaturdaysAndSundaysAreWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();   // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();    // Sunday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();    // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 4))).isFalse();   // Saturday in the holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();   // Wednesday in the holiday
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 12))).isFalse();  // ordinary Sunday
    // Friday 2025-10-10 + 1 WD lands on the make-up Saturday, + 2 on Monday
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 10), 1)).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 10, 10), 2)).isEqualTo(LocalDate.of(2025, 10, 13));
  }

  @Test
  void springFestival2026() {
    // 2/14 (Sat) is worked, 2/15–2/23 are off, 2/28 (Sat) is worked
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
    // 02-13, 02-14 (make-up), 02-24 … 02-27, 02-28 (make-up), 03-02, 03-03, 03-04
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 24))).isEqualTo(1);
  }

  @Test
  void bothLoadedYearsHave248WorkingDays() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)))
        .isEqualTo(248);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
  }

  @Test
  void aYearWithoutItsNoticeIsProvisionalOnTheStatutoryHolidays() {
    ClockUtil.setCurrentTime(WorkingDayCalendar.endOfDay(LocalDate.of(2026, 12, 6)));
    try {
      // 12-31, then 2027-01-01 (元旦, a Friday) is off although 2027's notice is not loaded: 01-04 … 01-07
      assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 5)).isEqualTo(LocalDate.of(2027, 1, 7));
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
      // 春节 2027: 除夕 Friday 02-05 to 初三 Monday 02-08
      assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 9));
      // no make-up working weekend is guessed
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isFalse();
      // 2028 counts too (two years ahead)
      assertThat(calendar.isWorkingDay(LocalDate.of(2028, 10, 2))).isFalse();

      WorkingDayCalendar.Deadline provisional = calendar.due(WorkingDayCalendar.endOfDay(LocalDate.of(2026, 12, 21)), 10);
      // 12-22 … 12-31 are 8 working days of 2026, then 01-04 and 01-05
      assertThat(provisional.day()).isEqualTo(LocalDate.of(2027, 1, 5));
      assertThat(provisional.provisional()).isTrue();
      assertThat(provisional.provisionalYears()).containsExactly(2027);
      assertThat(provisional.note()).isEqualTo("（暂按法定节假日计算：2027年节假日安排尚未公布）");
      // inside the loaded years a deadline is exact and says nothing
      WorkingDayCalendar.Deadline exact = calendar.due(WorkingDayCalendar.endOfDay(LocalDate.of(2025, 9, 26)), 20);
      assertThat(exact.provisional()).isFalse();
      assertThat(exact.note()).isEmpty();
      assertThat(exact.day()).isEqualTo(LocalDate.of(2025, 10, 30));
      assertThat(calendar.provisionalYears(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 31))).isEmpty();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aYearWithNoStatutoryBasisIsRefused() {
    ClockUtil.setCurrentTime(WorkingDayCalendar.endOfDay(LocalDate.of(2026, 12, 6)));
    try {
      // before the 2024 revision of the 放假办法 took effect
      assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 6, 3)))
          .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2024")
          .extracting(e -> ((CalendarDataMissingException) e).getYear()).isEqualTo(2024);
      // more than two years ahead of the engine clock
      assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2028, 12, 28), 5))
          .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2025 年至 2028 年")
          .extracting(e -> ((CalendarDataMissingException) e).getYear()).isEqualTo(2029);
      ClockUtil.setCurrentTime(WorkingDayCalendar.endOfDay(LocalDate.of(2027, 12, 6)));
      assertThat(calendar.plusWorkingDays(LocalDate.of(2028, 12, 28), 5)).isEqualTo(LocalDate.of(2029, 1, 5));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void aLoadedNoticeReplacesTheProvisionalYearAndCanBeTakenBack() {
    WorkingDayCalendar own = calendar.snapshot();
    ClockUtil.setCurrentTime(WorkingDayCalendar.endOfDay(LocalDate.of(2026, 12, 6)));
    try {
      own.put(new HolidayYear(2027, "测试通知", java.util.Set.of(LocalDate.of(2027, 1, 1)),
          java.util.Set.of(LocalDate.of(2027, 2, 20))));
      assertThat(own.isLoaded(2027)).isTrue();
      assertThat(own.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
      assertThat(own.isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue();
      assertThat(own.provisionalYears(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 7))).isEmpty();
      own.remove(2027);
      assertThat(own.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
      assertThat(calendar.isLoaded(2027)).isFalse();
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void deadlineIsTheEndOfTheWorkingDayInShanghai() {
    Date accepted = Date.from(ZonedDateTime.of(2025, 9, 26, 23, 30, 0, 0, WorkingDayCalendar.ZONE).toInstant());
    assertThat(calendar.deadline(accepted, 20))
        .isEqualTo(Date.from(ZonedDateTime.of(2025, 10, 30, 23, 59, 59, 0, WorkingDayCalendar.ZONE).toInstant()));
    // 2025-09-26 17:00 UTC is already 2025-09-27 in Shanghai: the start day is the Shanghai day
    Date lateUtc = Date.from(ZonedDateTime.of(2025, 9, 26, 17, 0, 0, 0, java.time.ZoneOffset.UTC).toInstant());
    assertThat(WorkingDayCalendar.dayOf(lateUtc)).isEqualTo(LocalDate.of(2025, 9, 27));
  }

  @Test
  void holidayFilesWithMistakesAreRefusedWithTheirPlaces() {
    String yaml = """
        years:
          2027:
            off: [2027-02-30, 2027-10-03..2027-10-01]
            work: [2027-02-20]
        """;
    assertThatThrownBy(() -> HolidayDataLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x"))
        .hasMessageContaining("years.2027.source")
        .hasMessageContaining("years.2027.off[0]")
        .hasMessageContaining("years.2027.off[1]");
  }
}
