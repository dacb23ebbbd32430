/**
 * A local fake of Discord's REST API and gateway, good enough for the real JDA to connect, receive
 * injected interactions and have its requests recorded. Loopback only.
 */
package org.mentorbot.discord.fake;
