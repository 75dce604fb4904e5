/**
 * Running the bureau: health, metrics and gauges, the idempotency clean-up.
 */
package cn.gov.oneseal.operations;
