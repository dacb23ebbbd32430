/**
 * Meetings of a mentorship: the shared daytime windows an intro offers, proposals and their
 * answers, scheduled meetings with their iCalendar invites, agenda requests, reminders and the
 * follow-up that counts as a check-in (see docs/meetings.md).
 */
package org.mentorbot.core.meeting;
