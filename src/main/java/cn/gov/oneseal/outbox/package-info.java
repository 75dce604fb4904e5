/**
 * 发件箱: one outbound mechanism for everything that leaves the bureau. A message is written in the transaction of the
 * step that causes it ({@link cn.gov.oneseal.outbox.Outbox#enqueue}) and sent after the commit by the engine's job
 * executor through its channel ({@link cn.gov.oneseal.outbox.OutboundChannel}, implemented by the features that
 * speak to the receivers), with its idempotency key, retried with growing delays on the engine clock and kept DEAD
 * for an administrator after the last one. Part of the foundation: it imports no feature.
 */
package cn.gov.oneseal.outbox;
