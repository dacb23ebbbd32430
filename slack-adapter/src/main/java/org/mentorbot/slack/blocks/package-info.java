/**
 * Block Kit rendering: neutral messages and replies to blocks, the sign-up form as a modal, and
 * {@link org.mentorbot.slack.blocks.SlackText}, which escapes text so nothing pings more than the
 * message names.
 */
package org.mentorbot.slack.blocks;
