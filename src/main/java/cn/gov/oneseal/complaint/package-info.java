/**
 * 投诉 and 责任追究 (issue #26): a complaint about how the bureau and its officers served someone — filed from the
 * portal, at the window or by a regulator's system — registered by e-supervision, investigated by the responsible
 * unit's head (回避: never the officer it names, who may give a statement), answered on the clock with yellow and red
 * cards on its own steps, and reviewed once by the bureau head when the complainant does not accept the answer. A
 * founded complaint's accountability stays on the officer's file and in the statistics. Owns the tables
 * {@code complaint}, {@code complaint_statement}, {@code complaint_attachment}, {@code complaint_card} and
 * {@code accountability_record}, and the process {@code Supervision_Complaint}.
 */
package cn.gov.oneseal.complaint;
