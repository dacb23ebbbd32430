/** Moderators' {@code /mentor config}: showing and changing a community's settings. */
package org.mentorbot.core.settings;
