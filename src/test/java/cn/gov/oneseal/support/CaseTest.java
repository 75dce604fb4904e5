package cn.gov.oneseal.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.window.WindowSubmissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test that walks cases through the shared application context as the demo officers: the engine
 * for camunda-bpm-assert, the officers, the case files, the stages a case's process has called, and the engine
 * clock reset after each test.
 */
@OneSealSpringTest
public abstract class CaseTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected CaseFiles caseFiles;
  @Autowired private WindowSubmissions windowSubmissions;
  protected Officers officers;
  protected Stages stages;

  @BeforeEach
  void initCaseTest() {
    init(engine);
    officers = new Officers(engine, windowSubmissions);
    stages = new Stages(engine);
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }
}
