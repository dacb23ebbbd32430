/**
 * Mentorships (DESIGN §5; docs/mentorships.md): the relationship a round or a moderator creates — a
 * mentor and a mentee, or a circle of 3–5 peers — with a format, a start, a planned end, goals and
 * a state (active → ending → ended with a reason). Rounds create mentorships and nothing but the
 * mentorship's own lifecycle ends one; check-ins nudge and ask about them through {@link
 * org.mentorbot.core.mentorship.MentorshipListener}.
 */
package org.mentorbot.core.mentorship;
