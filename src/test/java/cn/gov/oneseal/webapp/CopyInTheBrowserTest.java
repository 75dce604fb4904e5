package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.copying.CaseCopy;
import cn.gov.oneseal.copying.Copies;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeStore;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.window.WindowSubmissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 抄送 in real headless Chromium: window1, on the case's acceptance task in Tasklist, is offered the recipients by name
 * (none of another bureau; the item's regulator among the groups), is refused a copy without a note (the rule,
 * readable), copies the case to head1, picked by name, with a note; head1 finds it under 抄送我的, reads the case, its
 * documents (the 收件凭证, downloaded with head1's session) and its history and marks it read; the copy is recorded as read by head1. Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class CopyInTheBrowserTest extends BrowserWalk {

  CopyInTheBrowserTest() {
    super("copy-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired Copies copies;
  @Autowired NoticeStore notices;


  Browser tasklist(String user) throws Exception {
    return loggedIn(user, "tasklist", "login");
  }

  @Test
  void windowOneCopiesACaseToHeadOneWhoReadsIt() throws Exception {
    String caseNumber = new Officers(engine, submissions).register("window1", Applications.food()).getBusinessKey();
    String note = "申请人为重点监管企业，请局领导阅知";

    Browser window = tasklist("window1");
    step(window, "task", () -> {
      window.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='综合受理窗口待办']"));
      window.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(caseNumber, Keys.ENTER);
      window.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + caseNumber + "')]"));
      window.seeText("认领");
    });
    step(window, "refused", () -> {
      window.click(By.cssSelector("button.copying-open"));
      // the recipients the server accepts, by name: no officer of another bureau, the item's regulator among the groups
      window.visible(By.xpath("//select[@name='copyUser']/option[normalize-space(.)='刘志远（head1） · 局负责人']"));
      assertThat(window.text(By.cssSelector("select[name=copyUser]"))).doesNotContain("ahead1", "nhc1", "window1");
      window.visible(By.xpath("//select[@name='copyGroup']/option[normalize-space(.)='市场监督管理局（本事项监管部门）']"));
      window.select(By.cssSelector("select[name=copyUser]"), "刘志远（head1） · 局负责人");
      window.click(By.cssSelector("button.copying-send"));
      window.seeText("抄送未成功：请求有误：请填写抄送说明");
    });
    step(window, "copied", () -> {
      window.visible(By.cssSelector("textarea[name=copyNote]")).sendKeys(note);
      window.click(By.cssSelector("button.copying-send"));
      window.seeText("已抄送给 刘志远（head1）（办件 " + caseNumber + "）");
    });
    CaseCopy sent = copies.ofCase(caseNumber).get(0);
    assertThat(sent.recipientUser()).isEqualTo("head1");
    assertThat(sent.read()).isFalse();

    Browser head = tasklist("head1");
    step(head, "inbox", () -> {
      head.seeText("抄送我的");
      head.click(By.cssSelector("a.copying-inbox"));
      head.visible(By.xpath("//table[contains(@class,'copying-list')]//tr[td[normalize-space(.)='" + caseNumber
          + "']]//td[normalize-space(.)='未阅']"));
    });
    step(head, "read", () -> {
      head.click(By.xpath("//table[contains(@class,'copying-list')]//tr[td[normalize-space(.)='" + caseNumber
          + "']]//button[contains(@class,'copying-view')]"));
      head.seeText("抄送：办件 " + caseNumber);
      head.seeText(note);
      head.seeText("办件文书（只读）");
      String receipt = notices.ofCaseAndKind(caseNumber, NoticeKind.RECEIPT).get(0).documentNumber();
      By row = By.xpath("//table[contains(@class,'copying-documents')]//tr[td[normalize-space(.)='收件凭证']]");
      assertThat(head.text(row)).contains(receipt, "2026-03-02", "下载");
      // the link downloads the stored document with the recipient's session
      String href = head.visible(By.xpath("//table[contains(@class,'copying-documents')]//tr[td[normalize-space(.)="
          + "'收件凭证']]//a[contains(@class,'copying-document')]")).getAttribute("href");
      assertThat(head.script("const x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
          + "x.overrideMimeType('text/plain; charset=x-user-defined'); x.send();"
          + "return x.status + ' ' + x.responseText.substring(0, 4);", href)).isEqualTo("200 %PDF");
      head.seeText("办件历史（只读）");
      head.visible(By.cssSelector(".copying-timeline tbody tr"));
      head.click(By.cssSelector("button.copying-mark-read"));
      head.seeText("已阅（head1");
    });
    assertThat(copies.ofCase(caseNumber).get(0).readBy()).isEqualTo("head1");
  }
}
