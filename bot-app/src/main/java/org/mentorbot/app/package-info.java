/**
 * The composition root: the {@code mentorbot} command line, which wires configuration, the core and
 * the platform adapters with plain {@code new}.
 */
package org.mentorbot.app;
