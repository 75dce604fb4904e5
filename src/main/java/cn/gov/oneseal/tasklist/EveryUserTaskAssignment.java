package cn.gov.oneseal.tasklist;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener that runs whenever the assignee of any user task of any model changes (a claim, an assignment at
 * creation, a change through Tasklist, {@code /engine-rest} or a service), after the listeners the model draws itself
 * (see {@link UserTaskDefaults}). Features implement it; the order among them is Spring's ({@code @Order}).
 */
public interface EveryUserTaskAssignment extends TaskListener {}
