/**
 * Durable work (DESIGN §6): the outbox of outbound messages with idempotency keys, the job table
 * with due times, and the dispatchers that claim rows, deliver them through the {@link
 * org.mentorbot.core.messaging.ChatGateway} or run their {@link
 * org.mentorbot.core.schedule.JobHandler}, and mark them done.
 */
package org.mentorbot.core.schedule;
