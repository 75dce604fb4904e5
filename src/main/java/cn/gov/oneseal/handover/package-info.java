/**
 * 转办 and 改派 (issue #22): an officer hands a claimed task to a colleague of the same group and bureau with a reason
 * ({@link TransferService}, {@code /api/v1/tasks/{taskId}/transfer}, the Tasklist plugin's 转办 button); any other
 * change of a task's officer — Tasklist's own, {@code /engine-rest}'s, the webapps' engine API — obeys the same rules
 * and is recorded as 改派 ({@link AssignmentGuard}). Every handover is on the record ({@link Handovers}) and on the
 * case's 办件历史 timeline ({@link HandoverTimeline}).
 */
package cn.gov.oneseal.handover;
