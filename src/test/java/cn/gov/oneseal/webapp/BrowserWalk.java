package cn.gov.oneseal.webapp;

import static cn.gov.oneseal.support.Officers.shanghai;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser tests share: Chromium required, the engine clock on Monday 2026-03-02 09:00 (Asia/Shanghai) while
 * the test runs, the officers' browsers closed afterwards, and each step kept as a numbered screenshot in
 * target/browser-screenshots/ (named with the test's prefix; a failed step's screenshot says FAILED).
 */
abstract class BrowserWalk {

  @LocalServerPort int port;
  @Value("${oneseal.demo.password}") String password;

  private final String prefix;
  private final List<Browser> open = new ArrayList<>();
  private int shot;

  /** @param prefix the start of the screenshots' names, e.g. "copy-" */
  BrowserWalk(String prefix) {
    this.prefix = prefix;
  }

  @BeforeEach
  void chromiumAndMonday() {
    Browser.requireChromium();
    ClockUtil.reset();
    ClockUtil.offset(shanghai(2026, 3, 2, 9, 0, 0).getTime() - System.currentTimeMillis());
  }

  @AfterEach
  void closeBrowsers() {
    open.forEach(Browser::close);
    ClockUtil.reset();
  }

  String url(String app) {
    return "http://localhost:" + port + "/camunda/app/" + app + "/";
  }

  /** A browser for the officer, not logged in yet (closed after the test). */
  Browser browser(String user) throws Exception {
    Browser browser = Browser.open(user);
    open.add(browser);
    return browser;
  }

  /** The officer's browser, logged in to the webapp ({@code tasklist}, {@code cockpit}…); the step is named so. */
  Browser loggedIn(String user, String app, String stepName) throws Exception {
    Browser browser = browser(user);
    step(browser, stepName, () -> browser.login(url(app), password));
    return browser;
  }

  void screenshot(Browser browser, String what) {
    browser.screenshot(String.format("%s%02d-%s-%s", prefix, ++shot, browser.user, what));
  }

  /** Runs a step; on failure keeps a screenshot of the browser first. */
  void step(Browser browser, String what, Runnable action) {
    try {
      action.run();
      screenshot(browser, what);
    } catch (RuntimeException | AssertionError e) {
      screenshot(browser, "FAILED-" + what);
      throw e;
    }
  }
}
