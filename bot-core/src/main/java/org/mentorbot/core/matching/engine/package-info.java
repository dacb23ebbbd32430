/**
 * The pure matching engine: eligibility rules, pair scores, the exact optimiser for monthly
 * mentorship rounds ({@link org.mentorbot.core.matching.engine.MatchEngine}) and the peer-circle
 * grouping ({@link org.mentorbot.core.matching.engine.CircleEngine}). No I/O, no clock, no
 * database: the match date and the random seed arrive in the input, so the same input and seed
 * always give the same result. The round lifecycle and the offline CSV command build on this.
 */
package org.mentorbot.core.matching.engine;
