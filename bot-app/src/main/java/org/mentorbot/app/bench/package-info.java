/**
 * Benchmarks as code ({@code mentorbot bench ...}): each runs the real front end and core on this
 * machine over loopback and prints figures instead of asserting timings.
 */
package org.mentorbot.app.bench;
