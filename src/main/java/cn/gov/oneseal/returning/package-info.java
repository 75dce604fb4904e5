/**
 * 退回 (issue #22, src/docs/officers-guide.md "退回"): the decider returns a case to the review (退回重审), the reviewer
 * to the window (退回受理), with a mandatory reason — by the task's form, by the Tasklist button 退回 or by
 * {@code POST /api/v1/tasks/{taskId}/return}. The stage models carry the paths (Stage_Decision calls Stage_Review
 * again; Stage_Review sends the case to Task_RecheckIntake and through Stage_SiteSurvey again); this package records
 * each return (table task_return), gives the returned task to the earlier officer (their stand-in when away, else the
 * group) with the reason on it, and shows the returns on the case's timeline and in the e-supervision statistics.
 */
package cn.gov.oneseal.returning;
