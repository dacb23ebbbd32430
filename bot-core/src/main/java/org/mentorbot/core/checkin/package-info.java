/**
 * Check-ins (DESIGN §5): after a round is published, the reminder, the regular check-ins with Met /
 * Scheduled / Not yet / Need help / End, escalation of stale pairs (moderator alert and waitlist
 * priority for the mentee), end-of-round feedback and the read-only statistics over them. Every
 * nudge is a durable job with a dedupe key, coalesced per pair, delivered in the recipient's local
 * daytime and never while they are paused. Owns {@code checkin_*} and {@code mentee_priority}.
 */
package org.mentorbot.core.checkin;
