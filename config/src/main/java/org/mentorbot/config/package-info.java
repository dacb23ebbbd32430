/**
 * Settings: reads {@code config/mentorbot.yml} and the environment (secrets only) into validated
 * records. This is the only package that reads files or environment variables for settings; every
 * problem found is reported at once, each with its key, and secrets never appear in text.
 */
package org.mentorbot.config;
