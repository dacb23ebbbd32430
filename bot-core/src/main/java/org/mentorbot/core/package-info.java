/**
 * The platform-neutral core of mentorbot. {@link org.mentorbot.core.MentorbotCore} wires the
 * feature slices (community, roster, privacy, matching, office hours, check-ins) over storage and
 * the durable schedule; front ends talk to it only through {@link
 * org.mentorbot.core.command.CommandGateway} and {@link org.mentorbot.core.messaging.ChatGateway}.
 */
package org.mentorbot.core;
