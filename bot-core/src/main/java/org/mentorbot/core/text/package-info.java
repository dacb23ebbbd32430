/**
 * Text helpers every slice shares: defusing mentions in member text, parsing timezones, and "did
 * you mean" hints.
 */
package org.mentorbot.core.text;
