package cn.gov.oneseal.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener that runs when any user task of any model is completed, before the listeners the model draws itself (so
 * that a refusal comes before the step records anything; see {@link UserTaskDefaults}). Features implement it; the
 * order among them is Spring's ({@code @Order}).
 */
public interface EveryUserTaskCompletion extends TaskListener {}
