/**
 * Who the moderators are and how confidential things reach them: {@link
 * org.mentorbot.core.moderation.ConfidentialAlerts} sends notes, need-help / end alerts and flagged
 * feedback only to the moderators' channel or, without one, to each known moderator by direct
 * message, never to any other channel (DESIGN §5).
 */
package org.mentorbot.core.moderation;
