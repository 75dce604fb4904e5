package cn.gov.oneseal.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener that runs when any user task of any model ends without being completed — its process or scope cancelled,
 * an interrupting event on it, a migration or modification that removes it (see {@link UserTaskDefaults}). Features
 * implement it; the order among them is Spring's ({@code @Order}).
 */
public interface EveryUserTaskDeletion extends TaskListener {}
