/**
 * The core's neutral messages as Discord messages that Discord accepts, whatever their size: {@link
 * org.mentorbot.discord.render.DiscordLimits} lists the rules, {@link
 * org.mentorbot.discord.render.DiscordText} cuts text cleanly, {@link
 * org.mentorbot.discord.render.EmbedPages} spreads a long message over several embeds, and {@link
 * org.mentorbot.discord.render.MessageRenderer} puts it together (content, embeds, buttons, files).
 */
package org.mentorbot.discord.render;
