/**
 * The neutral outbound message model ({@link org.mentorbot.core.messaging.Message}, buttons,
 * destinations) and the {@link org.mentorbot.core.messaging.ChatGateway} port the adapters
 * implement.
 */
package org.mentorbot.core.messaging;
