/**
 * Benchmarks as code ({@code mentorbot bench ...}), not timed unit tests: each builds seeded
 * synthetic data, runs the real engine, core or front end on this machine over loopback, and prints
 * the figures a maintainer needs to see a regression.
 */
package org.mentorbot.bench;
