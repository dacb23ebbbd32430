/**
 * Cross-platform scenario tests: one scripted community ({@link
 * org.mentorbot.app.scenario.MentoringScenario}) played through the console, the real Slack app and
 * the real Discord bot, each over its own real core and SQLite file, and the outcomes (database
 * rows, what the core answered and delivered to whom) compared after ids are mapped back to names.
 */
package org.mentorbot.app.scenario;
