/**
 * The Discord front end: starts JDA, registers the core's catalogue as slash commands, turns
 * interactions into core calls, renders replies as embeds and buttons, and delivers the core's
 * outbound messages ({@link org.mentorbot.discord.DiscordChatGateway}). No product logic lives
 * here; every decision is the core's.
 */
package org.mentorbot.discord;
