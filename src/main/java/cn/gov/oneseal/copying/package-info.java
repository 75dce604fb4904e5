/**
 * 抄送: an officer who works or worked on a case (assignee or candidate of one of its tasks, from the history) copies
 * it to a colleague or leader of the case's bureau — a user, or one of the bureau's officers' groups — or, for the
 * item's own cases, to its regulator group, with a note, chosen among the recipients the rules accept (listed by name).
 * The recipient finds it under 抄送我的 (a read-only view: the case at a glance, its issued documents to download and
 * its 办件历史), marks it read; the sender sees whether and when it was read. A copy gives no
 * right on the case's tasks: it writes no authorization.
 */
package cn.gov.oneseal.copying;
