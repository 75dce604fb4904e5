/**
 * The process vocabulary: the keys of the shared processes, the messages, the variables the system sets and the
 * forms' fields — the one declared home of every name the models, forms and Java share. Foundation.
 */
package cn.gov.oneseal.process;
