package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** One {@code round_participant} row: a member taking part in a round in one role. */
public record Participant(String userId, String role, Instant joinedAt) {

  public static final String MENTOR = "mentor";
  public static final String MENTEE = "mentee";

  /** Everyone in a peer-circle round takes part as a peer. */
  public static final String PEER = "peer";

  private static final Set<String> ROLES = Set.of(MENTOR, MENTEE, PEER);

  public Participant {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(joinedAt, "joinedAt");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("unknown round role: " + role);
    }
  }
}
