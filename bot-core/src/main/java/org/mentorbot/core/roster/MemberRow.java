package org.mentorbot.core.roster;

/** One {@code member} table row as stored; {@link RosterStore} assembles it into a Profile. */
public record MemberRow(
    String userId,
    String displayName,
    boolean isMentor,
    boolean isMentee,
    String goals,
    Integer years,
    String timezone,
    int capacity,
    String bio,
    String format,
    String offersFormat,
    boolean paused,
    String pausedUntil) {}
