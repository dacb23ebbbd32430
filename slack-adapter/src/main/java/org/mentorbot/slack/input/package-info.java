/**
 * What members type into Slack, made ready for the core: Slack's escaped entities ({@code
 * <@U…|name>}, {@code <#C…|name>}, {@code <!subteam^S…|@handle>}, links, {@code &amp;lt;}) become
 * the text grammar's ids and characters, and member or channel options Slack sent as plain names
 * are resolved to ids or refused, so a name is never stored as an id.
 */
package org.mentorbot.slack.input;
