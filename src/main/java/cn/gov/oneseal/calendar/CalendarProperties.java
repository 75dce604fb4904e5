package cn.gov.oneseal.calendar;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.calendar.locations}: the holiday data files, later ones adding years (e.g. the next
 * year's notice in a file outside the jar: {@code file:/etc/oneseal/holidays-2027.yaml}).
 */
@ConfigurationProperties("oneseal.calendar")
public record CalendarProperties(List<String> locations) {

  public CalendarProperties {
    locations = locations == null || locations.isEmpty() ? List.of("classpath:calendar/cn-holidays.yaml")
        : List.copyOf(locations);
  }
}
