/**
 * 征求意见/加签: before recording a review opinion or a decision, the officer holding the task asks officers or groups
 * of the case's bureau (or departments and experts who serve every bureau) for an opinion, with a question and a
 * deadline in working days. Each consultee gets a task of its own (process {@code Consultation_Opinion}, business key
 * the case number, tenant the case's bureau) with the case and the question; the answers show in the asking task; the
 * asking task cannot be completed until every consultee answered or the deadline passed (then 逾期未回复 is recorded).
 * The consultation does not stop the case's clock. A consultee gets no right on the case's own tasks: only their own
 * task (the engine's per-task authorization of a candidate).
 */
package cn.gov.oneseal.consultation;
