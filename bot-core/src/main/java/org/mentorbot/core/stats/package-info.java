/**
 * {@code /mentor stats} for moderators: per-round match, meet and feedback figures, office-hours
 * totals and flagged feedback comments ({@link org.mentorbot.core.stats.StatsReport}, read by
 * {@link org.mentorbot.core.stats.StatsQuery}), with a PNG chart of the last rounds ({@link
 * org.mentorbot.core.stats.StatsChart}). Owns no tables: it reads the rounds, check-ins and
 * office-hours tables through their stats APIs. Never shows an individual's rating.
 */
package org.mentorbot.core.stats;
