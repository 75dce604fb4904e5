package cn.gov.oneseal.messaging;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The channels an applicant turned off for their case (a row per case and channel, with when); every other channel
 * with an address on the case is used. Owns {@code contact_opt_out}.
 */
@Repository
class ContactPreferences {

  private final JdbcTemplate jdbc;

  ContactPreferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean wants(String caseNumber, Channel channel) {
    return !turnedOff(caseNumber).contains(channel);
  }

  Set<Channel> turnedOff(String caseNumber) {
    Set<Channel> off = EnumSet.noneOf(Channel.class);
    jdbc.query("select channel from contact_opt_out where case_number = ?",
        rs -> {
          off.add(Channel.valueOf(rs.getString(1)));
        }, caseNumber);
    return off;
  }

  /** Turns the channel on or off for the case (nothing changes when it already is). */
  void set(String caseNumber, Channel channel, boolean wanted) {
    if (wanted) {
      jdbc.update("delete from contact_opt_out where case_number = ? and channel = ?", caseNumber, channel.name());
    } else if (wants(caseNumber, channel)) {
      try {
        jdbc.update("insert into contact_opt_out (case_number, channel, opted_out_at) values (?, ?, ?)", caseNumber,
            channel.name(), WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()));
      } catch (DuplicateKeyException turnedOffMeanwhile) {
        // another request turned it off at the same moment: it is off
      }
    }
  }
}
