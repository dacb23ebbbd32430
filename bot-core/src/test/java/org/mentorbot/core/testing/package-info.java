/**
 * Reusable test fixtures for every module (shipped in bot-core's test-jar): a {@link
 * org.mentorbot.core.testing.MutableClock}, a scriptable recording fake of the {@link
 * org.mentorbot.core.messaging.ChatGateway}, and {@link org.mentorbot.core.testing.SimulatedCrash}
 * for crash-point tests.
 */
package org.mentorbot.core.testing;
