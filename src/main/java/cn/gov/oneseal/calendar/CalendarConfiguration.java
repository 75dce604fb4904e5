package cn.gov.oneseal.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads the holiday data files named in {@code oneseal.calendar.locations}. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar(ResourceLoader loader, CalendarProperties properties) throws IOException {
    List<HolidayYear> years = new ArrayList<>();
    for (String location : properties.locations()) {
      Resource resource = loader.getResource(location);
      if (!resource.exists()) {
        throw new IllegalStateException("节假日数据文件不存在: " + location);
      }
      try (InputStream in = resource.getInputStream()) {
        years.addAll(HolidayDataLoader.read(in, location));
      }
    }
    return new WorkingDayCalendar(years);
  }
}
