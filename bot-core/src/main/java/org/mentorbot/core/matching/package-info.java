/**
 * The round lifecycle (DESIGN §3 Rounds): open → join/leave → preview → publish (pairs, intros) →
 * close, cancel, status, history and the monthly schedule. It owns the V3 tables ({@code
 * match_round}, {@code round_participant}, {@code match_pair}, {@code round_circle}, {@code
 * round_unmatched}, {@code round_schedule}; see docs/rounds.md), turns roster profiles and match
 * history into engine input, and leaves the pairing itself to the pure {@link
 * org.mentorbot.core.matching.engine} package.
 */
package org.mentorbot.core.matching;
