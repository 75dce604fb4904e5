package cn.gov.oneseal.prepublicity;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 结束批前公示 ({@code ServiceTask_ClosePrePublicity}, after the timer {@code Event_PrePublicityEnded}): the
 * publicity closes — no objection is taken any more — and the objections go to the review form
 * ({@code prePublicityObjections}: number, day received and text; name and contact stay in the table).
 */
@Component("prePublicityClosing")
public class ClosePrePublicity implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKDOWN = "\\`*_{}[]()#+-.!<>|~";

  private final PrePublicities publicities;

  ClosePrePublicity(PrePublicities publicities) {
    this.publicities = publicities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Publicity publicity = publicities.ofCase(execution.getProcessBusinessKey()).orElseThrow(
        () -> new IllegalStateException("办件 " + execution.getProcessBusinessKey() + " 没有批前公示"));
    publicities.close(publicity.id(), offsetOf(ClockUtil.getCurrentTime()));
    String listing = listing(publicities.objections(publicity.id()));
    // a JSON text: kept whole (a string variable holds at most 4000 characters), read by the form as its text
    execution.setVariable(CaseVariables.PRE_PUBLICITY_OBJECTIONS, listing == null ? null : Spin.JSON(quoted(listing)));
  }

  private static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The objections as the review form shows them; null when there were none (the form then hides the field). */
  static String listing(List<Objection> objections) {
    if (objections.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Objection o : objections) {
      text.append("**第 ").append(o.seq()).append(" 条**（")
          .append(o.receivedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate()).append(" 收到）：")
          .append(plain(o.text())).append("\n\n");
    }
    return text.toString().strip();
  }

  /** The objector's text as plain text in the form's Markdown: one line, every Markdown sign escaped. */
  static String plain(String text) {
    StringBuilder out = new StringBuilder();
    text.replace("\r", " ").replace("\n", " ").chars().forEach(c -> {
      if (MARKDOWN.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append((char) c);
    });
    return out.toString();
  }
}
