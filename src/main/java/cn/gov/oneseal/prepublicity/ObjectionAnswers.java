package cn.gov.oneseal.prepublicity;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.tasklist.EveryUserTaskCompletion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The review opinion answers every objection to the case's 批前公示: {@code Task_ReviewApplication} completed with an
 * opinion (提交审查意见) while an objection has no answer is refused — however it is completed (Tasklist,
 * {@code /engine-rest}, the webapps' engine API, the Java API) — with 400 naming the objections still unanswered, in Chinese.
 * The answers are written in 答复批前公示意见 ({@code objectionAnswers}), one per objection, each starting with its
 * number (“1：…”, “第 2 条：…”); lines without a number continue the answer above; all of them at most
 * {@value #MAX_ANSWERS} characters (one text variable). Accepted answers are kept with
 * their objections, by the reviewer, at completion (the special procedure, extension and return leave them open).
 */
@Component
public class ObjectionAnswers implements EveryUserTaskCompletion {

  static final String TASK = "Task_ReviewApplication";
  /** What one text variable of the engine holds. */
  static final int MAX_ANSWERS = 4000;
  private static final Pattern NUMBERED =
      Pattern.compile("^\\s*(?:第\\s*)?(\\d{1,4})\\s*(?:条)?\\s*[：:、.．)）]\\s*(.*)$");

  private final PrePublicities publicities;

  ObjectionAnswers(PrePublicities publicities) {
    this.publicities = publicities;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TASK.equals(task.getTaskDefinitionKey())) {
      return;
    }
    Object action = task.getVariable(FormFields.REVIEW_ACTION);
    if (action != null && !"complete".equals(action)) {
      return;
    }
    Publicity publicity = publicities.ofCase(task.getExecution().getProcessBusinessKey()).orElse(null);
    if (publicity == null) {
      return;
    }
    List<Objection> open = publicities.objections(publicity.id()).stream().filter(o -> !o.answered()).toList();
    if (open.isEmpty()) {
      return;
    }
    Object written = task.getVariable(FormFields.OBJECTION_ANSWERS);
    String text = written instanceof String value ? value : "";
    Map<Integer, String> answers = parse(text);
    List<Objection> unanswered = open.stream()
        .filter(o -> answers.getOrDefault(o.seq(), "").codePointCount(0, answers.getOrDefault(o.seq(), "").length()) < 2)
        .toList();
    if (!unanswered.isEmpty()) {
      throw FormValidationException.of(FormFields.OBJECTION_ANSWERS, "OBJECTION_UNANSWERED", "批前公示意见"
          + unanswered.stream().map(ObjectionAnswers::named).collect(Collectors.joining("、"))
          + "尚未答复：提交审查意见须逐条答复公示期间收到的意见，请在“答复批前公示意见”中按编号写明，如“" + unanswered.get(0).seq()
          + "：答复内容”");
    }
    if (text.length() > MAX_ANSWERS) {
      throw FormValidationException.of(FormFields.OBJECTION_ANSWERS, "TOO_LONG", "答复批前公示意见合计不得超过 "
          + MAX_ANSWERS + " 字（较长的说明可写入审查意见，此处逐条写明要点）");
    }
    Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = who != null && who.getUserId() != null ? who.getUserId() : task.getAssignee();
    var now = offsetOf(ClockUtil.getCurrentTime());
    open.forEach(o -> publicities.answer(o.id(), answers.get(o.seq()), by, now));
  }

  private static String named(Objection o) {
    return "第 " + o.seq() + " 条（" + o.receivedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate() + " 收到）";
  }

  /** The answers by objection number; a line without a number belongs to the answer above it. */
  static Map<Integer, String> parse(String text) {
    Map<Integer, String> answers = new LinkedHashMap<>();
    Integer current = null;
    for (String line : text.split("\\R")) {
      Matcher m = NUMBERED.matcher(line);
      if (m.matches()) {
        current = Integer.valueOf(m.group(1));
        answers.merge(current, m.group(2).strip(), (a, b) -> (a + "\n" + b).strip());
      } else if (current != null && !line.isBlank()) {
        answers.merge(current, line.strip(), (a, b) -> (a + "\n" + b).strip());
      }
    }
    return answers;
  }
}
