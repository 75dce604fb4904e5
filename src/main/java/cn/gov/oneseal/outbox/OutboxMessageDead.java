package cn.gov.oneseal.outbox;

/**
 * A message's last attempt failed: it is DEAD until an administrator retries it. Published in the transaction that
 * records the failure, so that a feature keeping its own state of what it sent (the provincial platform's reports)
 * records it with the message.
 */
public record OutboxMessageDead(long id, String key, String channel, String caseNumber, String error) {}
