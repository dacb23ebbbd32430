/**
 * Office hours: mentors open (or schedule weekly) sessions, members queue with a question, and
 * mentors serve them in join order. Owns the {@code oh_*} tables (V4), the {@code /officehours} and
 * {@code /queue} commands, the Join and I'm-here buttons, the jobs that announce, open and close
 * scheduled sessions and skip no-shows, and {@link org.mentorbot.core.officehours.OfficeHoursStats}
 * for {@code /mentor stats}.
 */
package org.mentorbot.core.officehours;
