/**
 * Benchmarks run as commands ({@code mentorbot bench ...}), not as timed unit tests: seeded
 * synthetic communities and the figures a maintainer needs to see a regression.
 */
package org.mentorbot.app.bench;
