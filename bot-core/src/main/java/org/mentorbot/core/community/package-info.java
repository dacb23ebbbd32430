/**
 * Communities (a Discord guild, a Slack workspace, the console) and their moderator-editable
 * settings. Every other slice scopes its data by {@link org.mentorbot.core.community.CommunityId}.
 */
package org.mentorbot.core.community;
