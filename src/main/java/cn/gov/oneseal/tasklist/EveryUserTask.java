package cn.gov.oneseal.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener that runs when any user task of any model is created, without analysts having to draw it (see
 * {@link UserTaskDefaults}). Features implement it; the order among them is Spring's ({@code @Order}).
 */
public interface EveryUserTask extends TaskListener {}
