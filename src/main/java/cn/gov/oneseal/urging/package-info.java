/**
 * 催办: a supervisor (电子监察, the bureaus they work for) or a bureau head (their bureau) urges an open task of a case,
 * or all of a case's open tasks, with a note. Each urge is recorded ({@link cn.gov.oneseal.urging.Urges}), marks the
 * task for its assignee or group (the task-local flag {@code urged}, the shared filter 被催办, the Tasklist plugin
 * 催办 on the task), is on the case's 办件历史 and counted on the 电子监察看板; a repeated urge of a task with a red
 * card goes on to the bureau head of the task's bureau as a task of their own. A feature package of its own rather
 * than part of {@code supervision/}: the bureau heads urge as well as the supervisors, and it has its own table,
 * rules, API and Tasklist plugin; it reads the supervision cards ({@code supervision/Cards}) one way only — the
 * dashboard fetches its counts from this package's Cockpit resource, so supervision does not import it.
 */
package cn.gov.oneseal.urging;
