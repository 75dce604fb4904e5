package cn.gov.oneseal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
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
  void refusesAYearWithoutData() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 5))
        .isInstanceOf(CalendarDataMissingException.class)
        .hasMessageContaining("2027")
        .extracting(e -> ((CalendarDataMissingException) e).getYear()).isEqualTo(2027);
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 6, 3)))
        .isInstanceOf(CalendarDataMissingException.class);
    // the last day of a loaded year is still fine
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 29), 2)).isEqualTo(LocalDate.of(2026, 12, 31));
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

  @Test
  void aProvisionalDeadlineCountsWeekdaysInAYearWithoutDataAndSaysSo() {
    // 2026-12-21 + 10 WD: 12-22 … 12-31 are 8 working days of 2026, then Friday 2027-01-01 and Monday 01-04
    // as weekdays, since 2027's notice is not loaded
    WorkingDayCalendar.Deadline late = calendar.provisionalDeadline(
        WorkingDayCalendar.endOfDay(LocalDate.of(2026, 12, 21)), 10);
    assertThat(late.provisional()).isTrue();
    assertThat(WorkingDayCalendar.dayOf(late.due())).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(calendar.provisionalWorkingDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)))
        .isEqualTo(10);
    // inside the loaded years it is the ordinary deadline, not provisional
    WorkingDayCalendar.Deadline known = calendar.provisionalDeadline(
        WorkingDayCalendar.endOfDay(LocalDate.of(2025, 9, 26)), 20);
    assertThat(known.provisional()).isFalse();
    assertThat(known.due()).isEqualTo(calendar.deadline(WorkingDayCalendar.endOfDay(LocalDate.of(2025, 9, 26)), 20));
    assertThat(WorkingDayCalendar.dayOf(known.due())).isEqualTo(LocalDate.of(2025, 10, 30));
  }
}
