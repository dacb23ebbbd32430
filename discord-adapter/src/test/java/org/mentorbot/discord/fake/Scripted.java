package org.mentorbot.discord.fake;

import java.util.Map;

/** A canned answer the fake gives to the next request matching {@code method} and a path regex. */
record Scripted(
    String method, String pathRegex, int status, Map<String, String> headers, String body) {}
