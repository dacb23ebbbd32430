/**
 * Durable work (DESIGN §6): the outbox of outbound messages with idempotency keys ({@link
 * org.mentorbot.core.schedule.SqlOutbox}) and the job table with due times ({@link
 * org.mentorbot.core.schedule.SqlJobs}), and the workers that claim rows under a lease, deliver
 * them through the {@link org.mentorbot.core.messaging.ChatGateway} ({@link
 * org.mentorbot.core.schedule.OutboxDispatcher}) or run their {@link
 * org.mentorbot.core.schedule.JobHandler} ({@link org.mentorbot.core.schedule.JobRunner}), and mark
 * them done. The guarantees are written down in docs/durability.md.
 */
package org.mentorbot.core.schedule;
