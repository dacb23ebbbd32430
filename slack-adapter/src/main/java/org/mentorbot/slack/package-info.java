/**
 * The Slack front end over Bolt: {@link org.mentorbot.slack.SlackBot} (slash commands, buttons, the
 * sign-up form, App Home; Socket Mode or HTTP) and {@link org.mentorbot.slack.SlackChatGateway}
 * (the core's outbound messages). Thin by design: Slack in, core call, Slack out; no product logic
 * lives here.
 */
package org.mentorbot.slack;
